import { describe, expect, it } from 'vitest';
import { readFixture } from '../core/test-support/fixtures';
import { createLoadClient } from '../worker/client';
import { createActions } from './actions';
import { createAppStore } from './app-store';

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
