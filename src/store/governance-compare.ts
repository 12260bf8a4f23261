// The Compare flow: the loaded graph against a second snapshot, as "before"
// or "after", or a built-in pair; the app's graph shows one side at a time.
import { diffGraphs } from '../core/governance';
import type { LoadSource } from '../worker/client';
import { analysisResetOnLoad } from './analysis-slice';
import type { AppStore } from './app-store';
import { derive } from './derive';
import { fetchExampleFiles } from './examples';
import type { Example } from './examples';
import { fetchSideSources } from './governance-examples';
import type { ComparisonExample } from './governance-examples';
import type { SnapshotLoader } from './governance-load';
import { scaleResetOnLoad } from './scale-slice';
import type { Comparison, GovernanceStore, Side, Snapshot } from './governance-store';

/** What the user gives as the other snapshot. */
export type CompareInput = { sources: LoadSource[]; label: string } | { link: string; label: string };

export function compareOf(before: Snapshot, after: Snapshot): Comparison {
  return { before, after, diff: diffGraphs(before.graph, after.graph, before.analysis, after.analysis) };
}

export function createCompareActions(gov: GovernanceStore, app: AppStore, loader: SnapshotLoader) {
  function show(snapshot: Snapshot) {
    const { graph, analysis, positions, sources } = snapshot;
    app.setState({
      graph, analysis, positions, sources, derived: derive(graph), layout: positions.layout, selectedId: null, hoveredId: null, query: '', panel: 'diff',
      ...analysisResetOnLoad, ...scaleResetOnLoad(graph),
    });
  }

  function current(): Snapshot | null {
    const s = app.getState();
    if (!s.graph || !s.analysis || !s.positions) return null;
    return { label: s.derived?.mainPath || 'current graph', sources: s.sources, graph: s.graph, analysis: s.analysis, positions: s.positions };
  }

  function start(compare: Comparison, showing: Side) {
    gov.setState({ compare });
    show(compare[showing]);
  }

  /** Loads `input` as the given side; the loaded graph is the other side. The new snapshot is shown. */
  async function compareWith(input: CompareInput, side: Side) {
    const here = current();
    if (!here) return;
    const label = `${input.label} (${side})`;
    const other = await loader.guarded(input.label, () =>
      'link' in input ? loader.fromLink(input.link, label) : loader.fromSources(input.sources, label),
    );
    if (!other) return;
    const mine = { ...here, label: `${here.label} (${side === 'after' ? 'before' : 'after'})` };
    start(side === 'after' ? compareOf(mine, other) : compareOf(other, mine), side);
  }

  return {
    compareWith,

    /** One of the examples as the other snapshot. */
    async compareWithExample(example: Example, side: Side) {
      const sources = await loader.guarded(example.title, () => fetchExampleFiles(example));
      if (sources) await compareWith({ sources, label: example.title }, side);
    },

    /** A built-in pair from the manifest: both sides fetched and loaded, "after" shown. */
    async compareExample(example: ComparisonExample) {
      const pair = await loader.guarded(example.title, async () => {
        const [b, a] = await Promise.all([fetchSideSources(example.before), fetchSideSources(example.after)]);
        const before = await loader.fromSources(b, `${example.before.title} (before)`);
        const after = await loader.fromSources(a, `${example.after.title} (after)`);
        return compareOf(before, after);
      });
      if (pair) start(pair, 'after');
    },

    /** Shows one side of the comparison on the graph. */
    showSide(side: Side) {
      const compare = gov.getState().compare;
      if (compare) show(compare[side]);
    },

    /** Leaves compare mode; the graph shown stays loaded. */
    endCompare() {
      gov.setState({ compare: null });
      if (app.getState().panel === 'diff') app.setState({ panel: 'overview' });
    },
  };
}

export type CompareActions = ReturnType<typeof createCompareActions>;
