// The history sync wired to this browser: location and history, IndexedDB,
// timers, and the share codec loaded on first use (it stays out of the first bundle).
import { createStore } from 'zustand/vanilla';
import type { Actions } from './actions';
import type { AppState, AppStore } from './app-store';
import { createHistorySync } from './history';
import type { Address } from './history';
import { fetchExamples } from './examples';
import { indexedDbStore, memoryStore } from './persist';
import { viewToShare } from './share-view';

/** Whether the loaded graph survives a reload; the Share dialog shows the note. */
export const persistStatus = createStore<{ note: string | null }>()(() => ({ note: null }));

const browserAddress: Address = {
  hash: () => location.hash.replace(/^#/, ''),
  push: (hash) => history.pushState(null, '', `#${hash}`),
  replace: (hash) => history.replaceState(history.state, '', `#${hash}`),
};

async function linkOf(s: AppState): Promise<string | null> {
  if (!s.graph) return null;
  try {
    const { encodeShare, snapshotFromGraph } = await import('../core/share');
    return encodeShare(snapshotFromGraph(s.graph, viewToShare(s)));
  } catch {
    return null;
  }
}

const newId = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10));

/** Opens what the address names and keeps it in step from then on. */
export function startHistory(store: AppStore, actions: Actions): void {
  const sync = createHistorySync({
    store,
    address: browserAddress,
    records: typeof indexedDB !== 'undefined' ? indexedDbStore(indexedDB) : memoryStore(),
    load: (sources) => actions.load(sources, 'replace'),
    loadLink: actions.loadLink,
    async loadExample(id) {
      const example = (await fetchExamples()).find((e) => e.id === id);
      if (example) await actions.loadExample(example);
      else store.setState({ error: { message: `There is no built-in example "${id}".`, diagnostics: [] } });
    },
    setDirection: actions.setDirection,
    setLayout: actions.setLayout,
    linkOf,
    notify: (note) => persistStatus.setState({ note }),
    newId,
    now: () => Date.now(),
    schedule: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  });
  const changed = () => void sync.onAddressChange();
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
  window.addEventListener('pagehide', () => sync.flush());
  void sync.start();
}
