// Keeps the page address in step with what is shown. Each new load pushes a
// history entry `#load=<id>&view=<json>` (its inputs kept under that id, see
// persist.ts), so Back moves between loads; view changes replace the entry.
// A graph from a share link keeps `#g=...` as its address, as does a load
// too large to keep. The browser is injected (address, records, clock).
import { normalizeView } from '../core/share/view';
import type { ShareView } from '../core/share/view';
import type { LoadSource, LayoutDirection, LayoutKind } from '../worker/client';
import type { AppState, AppStore } from './app-store';
import { PERSIST_MAX_BYTES, readLoad, saveLoad, sourcesBytes } from './persist';
import type { RecordStore } from './persist';
import { shareToView, viewToShare } from './share-view';

/** The page URL's fragment (without `#`) and the history entries behind it. */
export interface Address {
  hash(): string;
  push(hash: string): void;
  replace(hash: string): void;
}

export interface HistoryDeps {
  store: AppStore;
  address: Address;
  records: RecordStore;
  load(sources: LoadSource[]): Promise<void>;
  loadLink(fragment: string): Promise<boolean>;
  /** Loads a built-in example by its id (`#example=<id>`, what `npm start` opens on). */
  loadExample(id: string): Promise<void>;
  setDirection(direction: LayoutDirection): Promise<void>;
  setLayout(layout: LayoutKind): Promise<void>;
  /** The share fragment (`g=...`) of what is shown; null when it cannot be encoded. */
  linkOf(state: AppState): Promise<string | null>;
  /** Says whether the loaded graph survives a reload, and if not why. */
  notify(note: string | null): void;
  newId(): string;
  now(): number;
  /** Runs fn after ms; returns a cancel function. */
  schedule(fn: () => void, ms: number): () => void;
}

export type PageAddress =
  | { kind: 'none' }
  | { kind: 'link'; fragment: string }
  | { kind: 'load'; id: string; view: ShareView }
  | { kind: 'example'; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** View changes are written to the address at most this often. */
export const ADDRESS_DELAY_MS = 250;

/** Reads a fragment (with or without `#`); anything unknown is 'none'. */
export function parseAddress(hash: string): PageAddress {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('g=')) return { kind: 'link', fragment: h };
  const params = new URLSearchParams(h);
  const example = params.get('example');
  if (example && ID.test(example)) return { kind: 'example', id: example };
  const id = params.get('load');
  if (!id || !ID.test(id)) return { kind: 'none' };
  let view: unknown = {};
  try {
    view = JSON.parse(params.get('view') ?? '{}');
  } catch {
    view = {};
  }
  return { kind: 'load', id, view: normalizeView(view) };
}

/** The fragment of a kept load and its view. */
export function loadAddress(id: string, view: ShareView): string {
  return new URLSearchParams({ load: id, view: JSON.stringify(view) }).toString();
}

const VIEW_KEYS = ['selectedId', 'panel', 'colourMode', 'sizeMetric', 'direction', 'layout', 'showImports', 'hotSort', 'hotDirection', 'hotFilter', 'grouped', 'expandedGroups', 'focusHops'] as const;
const viewChanged = (a: AppState, b: AppState) => VIEW_KEYS.some((k) => a[k] !== b[k]);

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function createHistorySync(deps: HistoryDeps) {
  const { store, address } = deps;
  // What the address names: a kept load, or a link that carries the graph itself.
  let current: { kind: 'load'; id: string } | { kind: 'link' } | null = null;
  // While > 0 a graph landing in the store comes from the address, not from a new load.
  let restoring = 0;
  let lastHash = address.hash().replace(/^#/, '');
  let cancelWrite: (() => void) | null = null;

  const setHash = (hash: string, how: 'push' | 'replace') => {
    lastHash = hash;
    address[how](hash);
  };

  async function whileRestoring<T>(run: () => Promise<T>): Promise<T> {
    restoring++;
    try {
      return await run();
    } finally {
      restoring--;
    }
  }

  async function applyView(view: ShareView) {
    const s = store.getState();
    if (!s.graph) return;
    const { direction, layout, ...rest } = shareToView(view, s.graph);
    store.setState(rest);
    // New positions for either: the direction first, which lays out in layers.
    if (direction && direction !== s.direction) await deps.setDirection(direction);
    if (layout && layout !== store.getState().layout) await deps.setLayout(layout);
  }

  /** Shows what a fragment names: a link's graph, a kept load, or the landing page. */
  async function open(hash: string): Promise<void> {
    const previous = lastHash;
    lastHash = hash.replace(/^#/, '');
    const a = parseAddress(hash);
    if (a.kind === 'none') {
      if (current && store.getState().graph) store.setState(LANDING);
      current = null;
      return;
    }
    if (a.kind === 'example') {
      // The example becomes an ordinary load with its own entry; Back leads to the landing page.
      setHash('', 'replace');
      return deps.loadExample(a.id);
    }
    if (a.kind === 'link') {
      const ok = await whileRestoring(() => deps.loadLink(a.fragment));
      if (ok) {
        current = { kind: 'link' };
        deps.notify(null);
      } else if (store.getState().graph) setHash(previous, 'replace'); // the refused link leaves the address as it was
      return;
    }
    if (current?.kind === 'load' && current.id === a.id && store.getState().graph) return applyView(a.view);
    const sources = await readLoad(deps.records, a.id);
    if (!sources) {
      store.setState({ error: { message: 'The graph of this page is no longer kept in this browser (storage was cleared, or the address was opened elsewhere): load its inputs again, or open a share link.', diagnostics: [] } });
      return;
    }
    const before = store.getState().graph;
    if (a.view.direction) store.setState({ direction: a.view.direction });
    await whileRestoring(() => deps.load(sources));
    if (store.getState().graph === before) return;
    current = { kind: 'load', id: a.id };
    await applyView(a.view);
  }

  async function keep(id: string, s: AppState) {
    if (s.sources.length === 0) return fallBackToLink(id, null);
    const outcome = await saveLoad(deps.records, id, s.sources, deps.now());
    if (outcome === 'saved') return deps.notify(null);
    const bytes = sourcesBytes(s.sources);
    await fallBackToLink(
      id,
      outcome === 'too-large'
        ? `These inputs (${mb(bytes)}) are too large to keep across reloads (the limit is ${mb(PERSIST_MAX_BYTES)}): the page address carries a share snapshot of the graph instead.`
        : 'This browser refused to keep the inputs across reloads: the page address carries a share snapshot of the graph instead.',
    );
  }

  async function fallBackToLink(id: string, note: string | null) {
    const fragment = await deps.linkOf(store.getState());
    if (current?.kind !== 'load' || current.id !== id) return;
    deps.notify(fragment ? note : note && `${note.split(':')[0]}, and the graph is too large for a share link: a reload loses it.`);
    if (!fragment) return;
    current = { kind: 'link' };
    setHash(fragment, 'replace');
  }

  function writeView() {
    cancelWrite = null;
    const s = store.getState();
    if (!s.graph || !current) return;
    if (current.kind === 'load') return setHash(loadAddress(current.id, viewToShare(s)), 'replace');
    void deps.linkOf(s).then((fragment) => {
      if (fragment && current?.kind === 'link' && store.getState().graph === s.graph) setHash(fragment, 'replace');
    });
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== prev.graph) {
      cancelWrite?.();
      cancelWrite = null;
      if (!s.graph || restoring > 0) return;
      const id = deps.newId();
      current = { kind: 'load', id };
      setHash(loadAddress(id, viewToShare(s)), 'push');
      void keep(id, s);
      return;
    }
    if (current && viewChanged(s, prev) && !cancelWrite) cancelWrite = deps.schedule(writeView, ADDRESS_DELAY_MS);
  });

  return {
    /** Opens what the address names at startup. */
    start: () => open(address.hash()),
    /** Back, Forward, or a fragment typed into the address bar (ignored when it is the address just written). */
    onAddressChange(): Promise<void> {
      const hash = address.hash().replace(/^#/, '');
      return hash === lastHash ? Promise.resolve() : open(hash);
    },
    /** Writes a view change still waiting for its delay now: the page is going away (reload, close). */
    flush() {
      if (!cancelWrite) return;
      cancelWrite();
      writeView();
    },
    stop() {
      cancelWrite?.();
      unsubscribe();
    },
  };
}

// Back to the first page: what a load sets, emptied.
const LANDING: Partial<AppState> = { graph: null, analysis: null, positions: null, derived: null, sources: [], selectedId: null, hoveredId: null, error: null };
