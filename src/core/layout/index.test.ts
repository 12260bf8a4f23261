import { describe, expect, it } from 'vitest';
import { buildCsr } from '../model/csr';
import type { Csr } from '../model/types';
import { generateGoProject } from '../synth';
import { layeredLayout, NODE_HEIGHT, type LayoutInput, type LayoutResult } from './index';

const graph = (n: number, pairs: [number, number][]): Csr => buildCsr(n, pairs.map((p) => p[0]), pairs.map((p) => p[1]));
const layout = (n: number, pairs: [number, number][], extra: Partial<LayoutInput> = {}): LayoutResult =>
  layeredLayout({ nodeCount: n, edges: graph(n, pairs), roots: [0], ...extra });

/** Pairs of nodes whose boxes (label width x NODE_HEIGHT, in either direction) intersect. */
function overlaps(r: LayoutResult, width: (v: number) => number): string[] {
  const n = r.x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => r.y[a] - r.y[b] || r.x[a] - r.x[b]);
  const bad: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = order[i];
      const b = order[j];
      if (r.y[b] - r.y[a] >= NODE_HEIGHT) break;
      if (Math.abs(r.x[a] - r.x[b]) < (width(a) + width(b)) / 2 - 1e-6) bad.push(`${a}/${b}`);
    }
  }
  return bad;
}

/** Go >= 1.17 shape: main (0) requires every module; the modules form their own graph. */
function withMainRequiringAll(n: number, pairs: [number, number][]): [number, number][] {
  return [...Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]), ...pairs];
}

describe('layeredLayout', () => {
  it('puts a chain one layer per module, top to bottom', () => {
    const r = layout(4, [[0, 1], [1, 2], [2, 3]]);
    expect(Array.from(r.layer)).toEqual([0, 1, 2, 3]);
    expect(r.y[0]).toBeLessThan(r.y[1]);
    expect(r.y[2]).toBeLessThan(r.y[3]);
  });

  it('lays a diamond in three layers with its arms side by side and the bottom centred', () => {
    const r = layout(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    expect(Array.from(r.layer)).toEqual([0, 1, 1, 2]);
    expect(r.y[1]).toBe(r.y[2]);
    expect(r.x[3]).toBeCloseTo((r.x[1] + r.x[2]) / 2);
    expect(r.x[0]).toBeCloseTo(r.x[3]);
  });

  it('gives depth from the reduction when the main module requires everything directly', () => {
    const r = layout(5, withMainRequiringAll(5, [[1, 2], [2, 3], [3, 4]]));
    expect(Array.from(r.layer)).toEqual([0, 1, 2, 3, 4]);
  });

  it('sends every edge downwards and keeps the roots on layer 0', () => {
    const pairs: [number, number][] = [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [1, 4], [5, 0], [2, 5]];
    const r = layout(6, pairs, { roots: [0, 5] });
    expect(r.layer[0]).toBe(0);
    expect(r.layer[5]).toBe(0);
    for (const [a, b] of pairs) if (b !== 0 && b !== 5) expect(r.layer[a]).toBeLessThan(r.layer[b]);
  });

  it('terminates on cycles and places every node', () => {
    const r = layout(5, [[0, 1], [1, 2], [2, 3], [3, 1], [3, 0], [4, 4]]);
    expect(Array.from(r.layer)).toEqual([0, 1, 2, 3, 0]);
    for (let v = 0; v < 5; v++) expect(Number.isFinite(r.x[v]) && Number.isFinite(r.y[v])).toBe(true);
  });

  it('places disconnected nodes and pulls an unreachable source down next to its dependency', () => {
    const r = layout(6, [[0, 1], [1, 2], [2, 3], [4, 3]]);
    expect(r.layer[5]).toBe(0);
    expect(r.layer[4]).toBe(2);
    expect(overlaps(r, () => 120)).toEqual([]);
  });

  it('uses the nodes without in-edges as roots when none are given', () => {
    const r = layout(4, [[0, 2], [1, 2], [2, 3]], { roots: [] });
    expect(Array.from(r.layer)).toEqual([0, 0, 1, 2]);
  });

  it('untangles a crossing the input order would draw', () => {
    // Discovery order puts 3 before 4 under 1 and 2, but 1 needs 4 and 2 needs 3.
    const r = layout(5, [[0, 1], [0, 2], [1, 4], [2, 3], [0, 3]]);
    expect(Math.sign(r.x[1] - r.x[2])).toBe(Math.sign(r.x[4] - r.x[3]));
  });

  it('respects label widths and gaps: no two boxes overlap', () => {
    const widths = Float64Array.from({ length: 12 }, (_, i) => 40 + 37 * i);
    const pairs: [number, number][] = withMainRequiringAll(12, [[1, 5], [2, 5], [3, 6], [4, 7], [5, 8], [6, 8], [7, 9], [8, 10], [9, 11]]);
    const r = layout(12, pairs, { widths, nodeGap: 10 });
    expect(overlaps(r, (v) => widths[v])).toEqual([]);
  });

  it('is deterministic', () => {
    const pairs: [number, number][] = [[0, 1], [0, 2], [0, 3], [1, 4], [2, 4], [3, 5], [4, 5], [5, 1]];
    const a = layout(6, pairs);
    const b = layout(6, pairs);
    expect(a).toEqual(b);
  });

  it('swaps the axes in LR', () => {
    const pairs: [number, number][] = [[0, 1], [0, 2], [1, 3], [2, 3]];
    const tb = layout(4, pairs);
    const lr = layout(4, pairs, { direction: 'LR' });
    expect(Array.from(lr.layer)).toEqual(Array.from(tb.layer));
    expect(lr.x[0]).toBeLessThan(lr.x[1]);
    expect(lr.x[1]).toBe(lr.x[2]);
    expect(lr.y[1]).not.toBe(lr.y[2]);
    // Layers become columns as wide as their labels: 3 x 120 px plus two 80 px gaps.
    expect(lr.width).toBe(3 * 120 + 2 * 80);
    expect(lr.height).toBeLessThan(tb.width);
    expect(overlaps(lr, () => 120)).toEqual([]);
  });

  it('wraps a layer of hundreds of modules into sub-rows', () => {
    const n = 501;
    const r = layout(n, Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]));
    expect(r.width).toBeLessThan(r.height * 9);
    expect(new Set(Array.from(r.y)).size).toBeGreaterThan(3);
    expect(overlaps(r, () => 120)).toEqual([]);
  });

  it('wraps to the aspect it is given, in either direction', () => {
    const n = 301;
    const star = Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]);
    const wide = layout(n, star);
    const screen = layout(n, star, { maxAspect: 16 / 9 });
    expect(screen.width).toBeLessThan(wide.width / 2);
    expect(screen.width / screen.height).toBeLessThanOrEqual(16 / 9 + 0.01);
    expect(overlaps(screen, () => 120)).toEqual([]);
    const lr = layout(n, star, { direction: 'LR', maxAspect: 16 / 9 });
    expect(lr.width / lr.height).toBeGreaterThan(1);
    expect(lr.width / lr.height).toBeLessThanOrEqual(16 / 9 + 0.01);
  });

  it('keeps taller boxes apart across layers', () => {
    const heights = Float64Array.from([32, 200, 32]);
    const r = layout(3, [[0, 1], [1, 2]], { heights });
    expect(r.y[1] - 100).toBeGreaterThanOrEqual(r.y[0] + 16);
    expect(r.y[2] - 16).toBeGreaterThanOrEqual(r.y[1] + 100);
  });

  it('keeps its invariants on a generated 1,000-module, 5,000-edge Go graph', () => {
    const { modGraph } = generateGoProject({ modules: 1000, edges: 5000, seed: 7 });
    const ids = new Map<string, number>();
    const id = (node: string) => {
      const path = node.split('@')[0];
      if (!ids.has(path)) ids.set(path, ids.size);
      return ids.get(path) as number;
    };
    const pairs = modGraph.trim().split('\n').map((line): [number, number] => {
      const [a, b] = line.split(' ');
      return [id(a), id(b)];
    });
    const n = ids.size;
    const edges = graph(n, pairs);
    const r = layeredLayout({ nodeCount: n, edges, roots: [0] });
    expect(n).toBe(1000);
    for (let v = 0; v < n; v++) expect(Number.isFinite(r.x[v]) && Number.isFinite(r.y[v])).toBe(true);
    expect(overlaps(r, () => 120)).toEqual([]);
    expect(Math.max(...r.layer)).toBeGreaterThan(2);
    expect(r.width).toBeLessThan(r.height * 9);
  });
});
