// Keeps the governance marks (diff, vulnerabilities, policy) on the Cytoscape
// canvas in step with the stores. Mounted by the graph controller beside it.
import type { Core } from 'cytoscape';
import type { AppStore } from '../../store';
import { governanceStore, shownSide } from '../../store/governance';
import { governanceMarks, markedLabel } from '../../store/governance-marks';
import { nodeWidth } from '../../worker/layout-input';
import { nodeId } from '../graph/cy-elements';

const NODE_CLASSES = [
  'diff-added', 'diff-removed', 'diff-upgraded', 'diff-downgraded',
  'vuln-called', 'vuln-imported', 'vuln-required',
  'policy-error', 'policy-warning', 'policy-info',
].join(' ');
const EDGE_CLASSES = 'diff-edge-added diff-edge-removed';

function apply(cy: Core, app: AppStore) {
  const s = app.getState();
  if (!s.graph) return;
  const { compare } = governanceStore.getState();
  const marks = governanceMarks(s.graph, s.analysis, compare, shownSide(compare, s.graph));
  const modules = s.graph.modules;
  cy.batch(() => {
    cy.nodes(`.${NODE_CLASSES.split(' ').join(', .')}`).removeClass(NODE_CLASSES);
    cy.nodes('[govLabel]').removeData('govLabel govW');
    cy.edges('.diff-edge-added, .diff-edge-removed').removeClass(EDGE_CLASSES);
    for (const [id, m] of marks.modules) {
      const node = cy.getElementById(nodeId(id));
      if (node.empty()) continue;
      const label = markedLabel(modules[id].path, modules[id].version, m);
      const longest = label.split('\n').reduce((a, b) => (a.length >= b.length ? a : b));
      node.data({ govLabel: label, govW: nodeWidth(longest) });
      node.addClass([m.diff && `diff-${m.diff}`, m.vuln && `vuln-${m.vuln}`, m.policy && `policy-${m.policy}`].filter(Boolean).join(' '));
    }
    for (const e of marks.edges) {
      cy.getElementById(nodeId(e.from)).edgesTo(cy.getElementById(nodeId(e.to))).filter('.requires').addClass(`diff-edge-${e.change}`);
    }
  });
}

/** Applies the marks now and whenever the graph, its analysis, the comparison or the canvas changes. */
export function mountGovernanceOverlay(getCy: () => Core | null, app: AppStore): () => void {
  let marked: Core | null = null;
  let queued = false;
  // Elements added later (grouping, streaming) get their marks once the batch of additions is done.
  const later = (cy: Core) => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!cy.destroyed()) apply(cy, app);
    });
  };
  const refresh = (force: boolean) => {
    const cy = getCy();
    if (!cy || (!force && cy === marked)) return;
    if (cy !== marked) cy.on('add', 'node', () => later(cy));
    marked = cy;
    apply(cy, app);
  };
  refresh(true);
  const offApp = app.subscribe((s, prev) => refresh(s.graph !== prev.graph || s.analysis !== prev.analysis || s.derived !== prev.derived));
  const offGov = governanceStore.subscribe((s, prev) => refresh(s.compare !== prev.compare));
  return () => {
    offApp();
    offGov();
  };
}
