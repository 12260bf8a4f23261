import { describe, expect, it } from 'vitest';
import { buildCsr, reverseCsr } from '../../core/model/csr';
import { loadSources } from '../../core/load';
import { generateGoProject } from '../../core/synth';
import { derive } from '../../store/derive';
import { neighbourhood } from './focus';
import { groupedElements, groupUnits } from './grouping';

const project = generateGoProject({ modules: 300, edges: 1200, seed: 5 });
const graph = loadSources([
  { name: 'golist-m.json', text: project.listModules },
  { name: 'modgraph.txt', text: project.modGraph },
]);

describe('grouping by owner', () => {
  it('puts every module in one unit, owners of two or more modules together', () => {
    const { units, unitOf } = groupUnits(graph);
    expect(units.reduce((sum, u) => sum + u.members.length, 0)).toBe(graph.modules.length);
    const x = units.find((u) => u.owner === 'golang.org/x');
    expect(x?.members.map((id) => graph.modules[id].path)).toContain('golang.org/x/sys');
    for (const u of units) for (const m of u.members) expect(units[unitOf[m]]).toBe(u);
  });

  it('draws closed groups as one node and open ones with their modules inside', () => {
    const derived = derive(graph);
    const closed = groupedElements(graph, derived, new Set(), 'TB', 16 / 9);
    const opened = groupedElements(graph, derived, new Set(['golang.org/x']), 'TB', 16 / 9);
    const nodes = (els: typeof closed) => els.filter((e) => e.group === 'nodes');
    expect(nodes(closed).length).toBeLessThan(graph.modules.length / 5);
    const members = nodes(opened).filter((e) => e.data.parent === 'g:golang.org/x');
    expect(members.length).toBe(groupUnits(graph).units.find((u) => u.owner === 'golang.org/x')?.members.length);
    const ids = new Set(nodes(opened).map((e) => e.data.id));
    for (const e of opened.filter((el) => el.group === 'edges')) {
      expect(ids.has(e.data.source!) && ids.has(e.data.target!)).toBe(true);
      expect(e.data.source).not.toBe(e.data.target);
    }
  });
});

describe('focus neighbourhood', () => {
  it('reaches n hops in both directions', () => {
    // 0 -> 1 -> 2 -> 3, and 4 -> 1
    const csr = buildCsr(5, [0, 1, 2, 4], [1, 2, 3, 1]);
    const around = (hops: number) => neighbourhood(csr, reverseCsr(csr), 1, hops).sort();
    expect(around(1)).toEqual([0, 1, 2, 4]);
    expect(around(2)).toEqual([0, 1, 2, 3, 4]);
  });
});
