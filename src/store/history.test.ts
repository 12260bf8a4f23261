import { describe, expect, it, vi } from 'vitest';
import type { GoGraph } from '../core/model/types';
import { createAppStore } from './app-store';
import type { AppState } from './app-store';
import { createHistorySync, loadAddress, parseAddress } from './history';
import type { HistoryDeps } from './history';
import { memoryStore, PERSIST_MAX_BYTES, readLoad } from './persist';

const graphOf = (...paths: string[]) => ({ modules: paths.map((path, id) => ({ id, path })) }) as unknown as GoGraph;

function setup(initialHash = '') {
  const store = createAppStore();
  const entries = [initialHash];
  let at = 0;
  const address = {
    hash: () => entries[at],
    push: (h: string) => {
      entries.splice(at + 1, Infinity, h);
      at++;
    },
    replace: (h: string) => void (entries[at] = h),
  };
  const records = memoryStore();
  let ids = 0;
  const loaded: string[][] = [];
  const deps: HistoryDeps = {
    store,
    address,
    records,
    load: async (sources) => {
      loaded.push(sources.map((s) => s.name));
      store.setState({ graph: graphOf('app', ...sources.map((s) => s.name)), sources });
    },
    loadLink: vi.fn(async (fragment: string) => {
      if (fragment === 'g=3.bad') return false;
      store.setState({ graph: graphOf('linked'), sources: [], colourMode: 'hotness' });
      return true;
    }),
    loadExample: async (id) => {
      loaded.push([`example ${id}`]);
      store.setState({ graph: graphOf('app', `${id}.txt`), sources: [{ name: `${id}.txt`, text: id }] });
    },
    setDirection: async (direction) => store.setState({ direction, layout: 'layered' }),
    setLayout: async (layout) => store.setState({ layout }),
    linkOf: async (s: AppState) => `g=3.${s.graph?.modules.length}-${s.colourMode}`,
    notify: vi.fn(),
    newId: () => `id${++ids}`,
    now: () => ids,
    schedule: (fn) => {
      fn();
      return () => {};
    },
  };
  const sync = createHistorySync(deps);
  const userLoads = (...names: string[]) => store.setState({ graph: graphOf('app', ...names), sources: names.map((name) => ({ name, text: name })) });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    store, deps, sync, records, loaded, userLoads, settle, entries, current: () => entries[at],
    back: () => {
      at--;
      return sync.onAddressChange();
    },
  };
}

describe('page address', () => {
  it('reads kept loads and links, and ignores anything else', () => {
    expect(parseAddress(`#${loadAddress('abc', { selected: 'x', panel: 'module' })}`)).toEqual({ kind: 'load', id: 'abc', view: { selected: 'x', panel: 'module' } });
    expect(parseAddress('#g=3.AAAA')).toEqual({ kind: 'link', fragment: 'g=3.AAAA' });
    expect(parseAddress('#load=../../x')).toEqual({ kind: 'none' });
    expect(parseAddress('#load=a&view={bad')).toEqual({ kind: 'load', id: 'a', view: {} });
    expect(parseAddress('')).toEqual({ kind: 'none' });
    expect(parseAddress('#example=syncthing')).toEqual({ kind: 'example', id: 'syncthing' });
    expect(parseAddress('#example=../x')).toEqual({ kind: 'none' });
  });
});

describe('history sync', () => {
  it('pushes an entry per new load and keeps its inputs', async () => {
    const h = setup();
    h.userLoads('a.txt');
    await h.settle();
    h.userLoads('b.txt');
    await h.settle();
    expect(h.entries.map((e) => parseAddress(e).kind)).toEqual(['none', 'load', 'load']);
    expect(await readLoad(h.records, 'id1')).toEqual([{ name: 'a.txt', text: 'a.txt' }]);
  });

  it('replaces the entry on view changes, with the selection as a path', async () => {
    const h = setup();
    h.userLoads('a.txt');
    h.store.setState({ selectedId: 1, panel: 'module' });
    expect(parseAddress(h.current())).toMatchObject({ kind: 'load', id: 'id1', view: { selected: 'a.txt', panel: 'module' } });
    expect(h.entries).toHaveLength(2);
  });

  it('writes a view change still waiting for its delay when the page goes away', () => {
    const h = setup();
    const waiting: (() => void)[] = [];
    h.deps.schedule = (fn) => {
      waiting.push(fn);
      return () => waiting.splice(waiting.indexOf(fn), 1);
    };
    h.userLoads('a.txt');
    h.store.setState({ selectedId: 1, panel: 'module' });
    expect(parseAddress(h.current())).toMatchObject({ kind: 'load', view: { panel: 'overview' } });
    h.sync.flush();
    expect(waiting).toHaveLength(0);
    expect(parseAddress(h.current())).toMatchObject({ kind: 'load', view: { selected: 'a.txt', panel: 'module' } });
  });

  it('opens a built-in example named in the address as an ordinary load, with the landing page behind it', async () => {
    const h = setup('example=gin');
    await h.sync.start();
    await h.settle();
    expect(h.loaded).toEqual([['example gin']]);
    expect(h.entries.map((e) => parseAddress(e).kind)).toEqual(['none', 'load']);
  });

  it('goes back to the previous load from its kept inputs, and to the landing page before it', async () => {
    const h = setup();
    h.userLoads('a.txt');
    await h.settle();
    h.userLoads('b.txt');
    await h.settle();
    await h.back();
    expect(h.loaded).toEqual([['a.txt']]);
    expect(h.store.getState().graph?.modules.map((m) => m.path)).toEqual(['app', 'a.txt']);
    expect(h.entries).toHaveLength(3);
    await h.back();
    expect(h.store.getState().graph).toBeNull();
  });

  it('restores a kept load and its view at startup (a reload)', async () => {
    const first = setup();
    first.userLoads('a.txt');
    await first.settle();
    const h = setup(loadAddress('id1', { selected: 'a.txt', panel: 'module', colorMode: 'findings', direction: 'LR', layout: 'force' }));
    await h.records.put((await first.records.get('id1'))!);
    await h.sync.start();
    expect(h.loaded).toEqual([['a.txt']]);
    expect(h.store.getState()).toMatchObject({ selectedId: 1, panel: 'module', colourMode: 'findings', direction: 'LR', layout: 'force' });
    expect(h.entries).toHaveLength(1);
  });

  it('says so when a kept load is gone', async () => {
    const h = setup(loadAddress('gone', {}));
    await h.sync.start();
    expect(h.store.getState().error?.message).toMatch(/no longer kept in this browser/);
  });

  it('opens a link at startup without a new entry, and keeps the link as the address', async () => {
    const h = setup('g=3.data');
    await h.sync.start();
    expect(h.deps.loadLink).toHaveBeenCalledWith('g=3.data');
    h.store.setState({ colourMode: 'findings' });
    await h.settle();
    expect(h.entries).toEqual(['g=3.1-findings']);
  });

  it('keeps the address of the graph shown when a link is refused', async () => {
    const h = setup();
    h.userLoads('a.txt');
    await h.settle();
    const before = h.current();
    h.entries[1] = 'g=3.bad';
    await h.sync.onAddressChange();
    expect(h.current()).toBe(before);
    expect(h.store.getState().graph?.modules).toHaveLength(2);
  });

  it('falls back to a share snapshot in the address for loads too large to keep', async () => {
    const h = setup();
    h.store.setState({ graph: graphOf('app', 'x'), sources: [{ name: 'huge', file: { size: PERSIST_MAX_BYTES + 1 } as Blob }] });
    await h.settle();
    await h.settle();
    expect(h.current()).toBe('g=3.2-role');
    expect(h.deps.notify).toHaveBeenLastCalledWith(expect.stringMatching(/too large to keep across reloads/));
  });
});
