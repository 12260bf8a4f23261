import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { buildCsr } from '../model/csr';
import { readFixture } from '../test-support/fixtures';
import { generateGoProject } from '../synth';
import type { GoGraph } from '../model/types';
import { forceLayout, FORCE_MAX_NODES, type ForceInput, type ForceResult } from './force';

const input = (n: number, pairs: [number, number][], extra: Partial<ForceInput> = {}): ForceInput => ({
  nodeCount: n,
  edges: buildCsr(n, pairs.map((p) => p[0]), pairs.map((p) => p[1])),
  roots: [0],
  ...extra,
});

const width = (i: ForceInput, v: number) => i.widths?.[v] ?? 120;
const height = (i: ForceInput, v: number) => i.heights?.[v] ?? 32;

/** Pairs of nodes whose boxes intersect. */
function overlaps(i: ForceInput, r: ForceResult): string[] {
  const bad: string[] = [];
  for (let a = 0; a < i.nodeCount; a++) {
    for (let b = a + 1; b < i.nodeCount; b++) {
      const ox = (width(i, a) + width(i, b)) / 2 - Math.abs(r.x[a] - r.x[b]);
      const oy = (height(i, a) + height(i, b)) / 2 - Math.abs(r.y[a] - r.y[b]);
      if (ox > 1e-6 && oy > 1e-6) bad.push(`${a}/${b}`);
    }
  }
  return bad;
}

const distance = (r: ForceResult, a: number, b: number) => Math.hypot(r.x[a] - r.x[b], r.y[a] - r.y[b]);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** A module graph as the app lays it out: requirement edges, the main modules, boxes as wide as the labels. */
const graphInput = (g: GoGraph): ForceInput => ({
  nodeCount: g.modules.length,
  edges: g.requires,
  roots: g.mainIds,
  widths: Float64Array.from(g.modules, (m) => Math.max(60, m.path.length * 6.6 + 24)),
});
const fixtureInput = (name: string, files: string[]) => graphInput(loadSources(files.map((f) => ({ name: f, text: readFixture(name, f) }))));
const synthInput = (modules: number, edges: number, seed: number) => {
  const p = generateGoProject({ modules, edges, seed });
  return graphInput(loadSources([{ name: 'go-list-m.json', text: p.listModules }, { name: 'go-mod-graph.txt', text: p.modGraph }]));
};

describe('forceLayout', () => {
  it('is deterministic: the same graph gives the same positions', () => {
    const i = input(6, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [4, 5]]);
    const a = forceLayout(i);
    const b = forceLayout(i);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
  });

  it('keeps every box apart, on real module graphs (gin, syncthing) and a synthetic one', () => {
    const cases = [
      fixtureInput('gin', ['golist-m.json', 'modgraph.txt']),
      fixtureInput('syncthing', ['golist-m.json', 'modgraph.txt']),
    ];
    cases.push(synthInput(150, 600, 5));
    // Boxes as tall as a size metric draws them.
    cases.push({ ...cases[1], heights: new Float64Array(cases[1].nodeCount).fill(56) });
    for (const i of cases) expect(overlaps(i, forceLayout(i))).toEqual([]);
  });

  it('pulls modules next to the modules they require: two chains lie apart, each in one piece', () => {
    // 0 requires 1..9 directly (go >= 1.17); the reduction keeps 0-1, 1-2, 2-3, 3-4 and 0-5, 5-6, ... 8-9.
    const pairs: [number, number][] = [];
    for (let v = 1; v < 10; v++) pairs.push([0, v]);
    for (let v = 1; v < 4; v++) pairs.push([v, v + 1]);
    for (let v = 5; v < 9; v++) pairs.push([v, v + 1]);
    const r = forceLayout(input(10, pairs));
    const linked = [[1, 2], [2, 3], [3, 4], [5, 6], [6, 7], [7, 8], [8, 9]].map(([a, b]) => distance(r, a, b));
    const across = [1, 2, 3, 4].flatMap((a) => [6, 7, 8, 9].map((b) => distance(r, a, b)));
    expect(Math.max(...linked)).toBeLessThan(mean(across));
    // The ends of a chain are further apart than its neighbours.
    expect(distance(r, 1, 4)).toBeGreaterThan(Math.max(distance(r, 1, 2), distance(r, 3, 4)));
  });

  it('places the drawing from (0, 0), every box inside its width and height', () => {
    const i = input(5, [[0, 1], [0, 2], [2, 3], [3, 4]], { widths: Float64Array.from([300, 80, 120, 200, 60]) });
    const r = forceLayout(i);
    const lefts = Array.from(r.x, (x, v) => x - width(i, v) / 2);
    const tops = Array.from(r.y, (y, v) => y - height(i, v) / 2);
    const rights = Array.from(r.x, (x, v) => x + width(i, v) / 2);
    const bottoms = Array.from(r.y, (y, v) => y + height(i, v) / 2);
    expect(Math.min(...lefts)).toBeCloseTo(0);
    expect(Math.min(...tops)).toBeCloseTo(0);
    expect(Math.max(...rights)).toBeCloseTo(r.width);
    expect(Math.max(...bottoms)).toBeCloseTo(r.height);
  });

  it('takes cycles, nodes no edge reaches, a lone node and an empty graph', () => {
    const cyclic = input(5, [[0, 1], [1, 2], [2, 1]]);
    const r = forceLayout(cyclic);
    expect([...r.x, ...r.y].every(Number.isFinite)).toBe(true);
    expect(overlaps(cyclic, r)).toEqual([]);
    expect(forceLayout(input(1, []))).toMatchObject({ width: 120, height: 32 });
    expect(forceLayout(input(0, [], { roots: [] }))).toMatchObject({ width: 0, height: 0 });
  });

  it('lays out its largest graph with no overlap', () => {
    const i = synthInput(FORCE_MAX_NODES, FORCE_MAX_NODES * 5, 2);
    expect(i.nodeCount).toBe(FORCE_MAX_NODES);
    expect(overlaps(i, forceLayout(i))).toEqual([]);
  });
});
