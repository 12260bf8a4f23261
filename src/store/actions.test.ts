import { describe, expect, it } from 'vitest';
import { readFixture } from '../core/test-support/fixtures';
import { createLoadClient, LoadCancelled } from '../worker/client';
import { createActions } from './actions';
import { createAppStore } from './app-store';
import { FORCE_MAX_NODES } from '../core/layout/force';
import { generateGoProject } from '../core/synth';

// Node has no Worker: the client runs the same functions on the main thread.
function setup() {
  const store = createAppStore();
  return { store, actions: createActions(store, createLoadClient()) };
}

const fortigate = (file: string) => ({ name: file, text: readFixture('committed-real/fortigate_exporter', file) });

describe('load actions', () => {
  it('loads texts into a graph with positions and roles', async () => {
    const { store, actions } = setup();
    await actions.load([fortigate('golist-m.json'), fortigate('modgraph.txt')], 'replace');
    const s = store.getState();
    expect(s.error).toBeNull();
    expect(s.graph?.modules.length).toBeGreaterThan(0);
    expect(s.positions?.x.length).toBe(s.graph?.modules.length);
    expect(s.derived?.edgeKind).toBe('requires');
  });

  it('keeps the previous graph and names the source when a load fails', async () => {
    const { store, actions } = setup();
    await actions.load([fortigate('golist-m.json'), fortigate('modgraph.txt')], 'replace');
    const before = store.getState().graph;
    await actions.load([{ name: 'pasted text', text: 'not go output {' }], 'add');
    const s = store.getState();
    expect(s.graph).toBe(before);
    expect(s.sources.map((x) => x.name)).toEqual(['golist-m.json', 'modgraph.txt']);
    expect(s.error?.message).toMatch(/pasted text/);
  });

  it('adds new texts to the ones already loaded', async () => {
    const { store, actions } = setup();
    await actions.load([fortigate('golist-m.json')], 'replace');
    await actions.load([fortigate('modgraph.txt')], 'add');
    expect(store.getState().graph?.inputs.map((i) => i.kind).sort()).toEqual(['go-list-m', 'go-mod-graph']);
  });

  it('holds dropped texts until the user chooses add or replace', () => {
    const { store, actions } = setup();
    store.setState({ graph: {} as never });
    actions.offer([{ name: 'go.mod', text: 'module x' }]);
    expect(store.getState().pending?.map((p) => p.name)).toEqual(['go.mod']);
  });
});

describe('layout actions', () => {
  const loaded = async () => {
    const t = setup();
    await t.actions.load([fortigate('golist-m.json'), fortigate('modgraph.txt')], 'replace');
    return t;
  };

  it('lays a small graph out force-directed on demand, and layered again in either direction', async () => {
    const { store, actions } = await loaded();
    const layered = store.getState().positions!;
    await actions.setLayout('force');
    const force = store.getState().positions!;
    expect(store.getState().layout).toBe('force');
    expect(force.x.length).toBe(layered.x.length);
    expect(Array.from(force.x)).not.toEqual(Array.from(layered.x));
    await actions.setDirection('LR');
    expect(store.getState()).toMatchObject({ layout: 'layered', direction: 'LR' });
    await actions.setDirection('TB');
    expect(Array.from(store.getState().positions!.x)).toEqual(Array.from(layered.x));
  });

  it('keeps graphs past the force layout limit layered', async () => {
    const { store, actions } = setup();
    const big = generateGoProject({ modules: FORCE_MAX_NODES + 1, edges: 2000, seed: 4 });
    await actions.load([{ name: 'go-list-m.json', text: big.listModules }, { name: 'go-mod-graph.txt', text: big.modGraph }], 'replace');
    const s = store.getState();
    expect(s.graph!.modules.length).toBe(FORCE_MAX_NODES + 1);
    await actions.setLayout('force');
    expect(store.getState().layout).toBe('layered');
    expect(store.getState().positions).toBe(s.positions);
  });

  it('asks again when a cancelled load stopped the layout under it, and shows the layout of its positions when it fails', async () => {
    const store = createAppStore();
    const real = createLoadClient();
    const failures: Error[] = [];
    const client = { ...real, layout: (...args: Parameters<typeof real.layout>) => (failures.length ? Promise.reject(failures.shift()) : real.layout(...args)) };
    const actions = createActions(store, client);
    await actions.load([fortigate('golist-m.json'), fortigate('modgraph.txt')], 'replace');
    failures.push(new LoadCancelled());
    await actions.setLayout('force');
    expect(store.getState()).toMatchObject({ layout: 'force', positions: { layout: 'force' }, error: null });
    failures.push(new Error('out of memory'));
    await actions.setLayout('layered');
    expect(store.getState()).toMatchObject({ layout: 'force', positions: { layout: 'force' } });
    expect(store.getState().error?.message).toBe('Could not lay out the graph: out of memory');
  });

  it('opens the next graph layered', async () => {
    const { store, actions } = await loaded();
    await actions.setLayout('force');
    await actions.load([fortigate('golist-m.json'), fortigate('modgraph.txt')], 'replace');
    expect(store.getState().layout).toBe('layered');
  });
});
