// Everything that changes the store. Bound to a store and a load client, so
// the app, the worker callbacks and the tests call the same functions.
import { LoadCancelled } from '../worker/client';
import type { LoadClient, LoadResult, LoadSource } from '../worker/client';
import { layoutInput } from '../worker/layout-input';
import { analysisResetOnLoad, createAnalysisActions } from './analysis-slice';
import type { AppState, AppStore } from './app-store';
import { createScaleActions, forceFits, scaleResetOnLoad } from './scale-slice';
import { derive } from './derive';
import { fetchExampleFiles } from './examples';
import type { Example } from './examples';
import { loadFailure } from './load-error';
import { shareToView } from './share-view';
import type { LayoutDirection, LayoutKind } from '../worker/client';
import type { PanelTab } from './view-slice';

export type LoadMode = 'add' | 'replace';

/** Gives each new text a name not already used ("pasted text", "pasted text (2)"). */
export function uniqueNames<T extends { name: string }>(existing: { name: string }[], added: T[]): T[] {
  const used = new Set(existing.map((s) => s.name));
  return added.map((s) => {
    let name = s.name;
    for (let n = 2; used.has(name); n++) name = `${s.name} (${n})`;
    used.add(name);
    return name === s.name ? s : { ...s, name };
  });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The state after a load lands: the new graph, a fresh view, the old error and selection gone. */
function landed(result: Pick<LoadResult, 'graph' | 'analysis' | 'positions'>, sources: AppState['sources']): Partial<AppState> {
  return {
    ...result,
    derived: derive(result.graph),
    sources,
    loading: null,
    error: null,
    selectedId: null,
    hoveredId: null,
    query: '',
    panel: 'overview',
    // A load lays out in layers; a link's graph in the layout it was shared in (runSnapshot).
    layout: result.positions.layout,
    ...analysisResetOnLoad,
    ...scaleResetOnLoad(result.graph),
  };
}

export function createActions(store: AppStore, client: LoadClient) {
  const { getState, setState } = store;
  // Only the latest load may land; an earlier one finishing late is dropped.
  let generation = 0;

  /**
   * New positions for the graph shown, in the layout and direction the state holds; dropped if either
   * changed meanwhile. Cancelling a load stops the worker under it too: then it asks again. On a failure
   * the layout shown is the one the positions were made by.
   */
  async function relayout(retry = true): Promise<void> {
    const { graph, direction, layout } = getState();
    if (!graph) return;
    const current = () => getState().graph === graph && getState().direction === direction && getState().layout === layout;
    try {
      const positions = await client.layout(layoutInput(graph), direction, { maxAspect: getState().graphAspect }, layout);
      if (current()) setState({ positions });
    } catch (err) {
      if (!current()) return;
      if (err instanceof LoadCancelled) return retry ? relayout(false) : setState({ layout: getState().positions?.layout ?? 'layered' });
      setState({ layout: getState().positions?.layout ?? 'layered', error: { message: `Could not lay out the graph: ${message(err)}`, diagnostics: [] } });
    }
  }

  async function load(given: LoadSource[], mode: LoadMode): Promise<void> {
    const previous = mode === 'add' ? getState().sources : [];
    const added = uniqueNames(previous, given);
    const sources = [...previous, ...added];
    const names = added.map((s) => s.name);
    const gen = ++generation;
    setState({ loading: { phase: 'reading', names }, pending: null });
    performance.mark('gotopo:load-start');
    try {
      const fit = { maxAspect: getState().graphAspect };
      const { graph, analysis, positions } = await client.load(sources, getState().direction, (progress) => {
        if (gen === generation) setState({ loading: { ...progress, names } });
      }, fit);
      performance.mark('gotopo:loaded');
      if (gen !== generation) return;
      const failure = loadFailure(graph, names);
      if (failure) return setState({ loading: null, error: failure });
      setState(landed({ graph, analysis, positions }, sources));
    } catch (err) {
      if (err instanceof LoadCancelled) return;
      if (gen === generation) setState({ loading: null, error: { message: `Could not load ${names.join(', ')}: ${message(err)}`, diagnostics: [] } });
    }
  }

  /**
   * A share link's graph (fragment `g=<version>.<data>`), with the sender's view restored; false when
   * the link is refused (malformed, newer, too big): its message shows and the graph shown before stays.
   */
  async function loadLink(fragment: string): Promise<boolean> {
    const names = ['shared link'];
    const gen = ++generation;
    setState({ loading: { phase: 'reading', names }, pending: null });
    try {
      const fit = { maxAspect: getState().graphAspect };
      const { graph, analysis, positions, view } = await client.snapshot(fragment, getState().direction, (progress) => {
        if (gen === generation) setState({ loading: { ...progress, names } });
      }, fit);
      if (gen !== generation) return false;
      setState({ ...landed({ graph, analysis, positions }, []), ...shareToView(view, graph), layout: positions.layout });
      return true;
    } catch (err) {
      if (err instanceof LoadCancelled) return false;
      if (gen === generation) setState({ loading: null, error: { message: `Could not open the shared link: ${message(err)}`, diagnostics: [] } });
      return false;
    }
  }

  /** New texts: loaded at once on the landing page, otherwise held until the user picks Add or Replace. */
  function offer(sources: LoadSource[]) {
    if (sources.length === 0) return;
    if (getState().graph) setState({ pending: sources });
    else void load(sources, 'replace');
  }

  return {
    ...createAnalysisActions(store),
    ...createScaleActions(store),
    /** Stops the load in flight; the graph shown before it stays. */
    cancelLoad() {
      generation++;
      client.cancel();
      setState({ loading: null });
    },
    load,
    loadLink,
    offer,
    offerFiles(files: File[]) {
      // The worker reads the files in chunks: the page never holds their text.
      offer(files.map((file) => ({ name: file.name, file })));
    },
    resolvePending(mode: LoadMode | null) {
      const pending = getState().pending;
      setState({ pending: null });
      if (pending && mode) void load(pending, mode);
    },
    async loadExample(example: Example) {
      setState({ loading: { phase: 'reading', names: [example.title] }, error: null });
      try {
        await load(await fetchExampleFiles(example), 'replace');
      } catch (err) {
        setState({ loading: null, error: { message: `Could not load the ${example.title} example: ${message(err)}`, diagnostics: [] } });
      }
    },
    dismissError: () => setState({ error: null }),
    select: (id: number | null) => setState(id === null ? { selectedId: null } : { selectedId: id, panel: 'module' }),
    hover: (id: number | null) => setState({ hoveredId: id }),
    setQuery: (query: string) => setState({ query }),
    setPanel: (panel: PanelTab) => setState({ panel }),
    toggleImports: () => setState((s) => ({ showImports: !s.showImports })),
    toggleTheme: () => setState((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
    /** Layered in this direction (from the force layout too). */
    async setDirection(direction: LayoutDirection) {
      setState({ direction, layout: 'layered' });
      await relayout();
    },
    /** The force layout on demand, for graphs of up to FORCE_MAX_NODES modules, or back to layered. */
    async setLayout(layout: LayoutKind) {
      const graph = getState().graph;
      if (layout === getState().layout || (layout === 'force' && !forceFits(graph))) return;
      setState({ layout });
      await relayout();
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
