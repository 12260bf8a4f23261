import { describe, expect, it } from 'vitest';
import { reverseCsr } from '../model/csr';
import type { Csr } from '../model/types';
import { csrOf, randomEdges } from './test-support/graph';
import { countSimplePaths, shortestPath } from './why-paths';

// Every simple path, enumerated without budget.
function bruteCount(csr: Csr, sources: number[], target: number): number {
  const onPath = new Set<number>();
  const walk = (v: number): number => {
    if (v === target) return 1;
    onPath.add(v);
    let sum = 0;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) if (!onPath.has(csr.targets[e])) sum += walk(csr.targets[e]);
    onPath.delete(v);
    return sum;
  };
  return [...new Set(sources)].reduce((s, v) => s + walk(v), 0);
}

const count = (csr: Csr, sources: number[], target: number, cap?: number) => countSimplePaths(csr, reverseCsr(csr), sources, target, cap);

describe('shortestPath', () => {
  it('returns the shortest chain of edges from a source', () => {
    // 0 -> 1 -> 2 -> 3, 0 -> 4 -> 3
    const csr = csrOf(5, [[0, 1], [1, 2], [2, 3], [0, 4], [4, 3]]);
    expect(shortestPath(csr, [0], 3)).toEqual([0, 4, 3]);
    expect(shortestPath(csr, [0], 0)).toEqual([0]);
    expect(shortestPath(csr, [1], 4)).toBeNull();
  });

  it('starts from the closest of several sources', () => {
    const csr = csrOf(4, [[0, 2], [2, 3], [1, 3]]);
    expect(shortestPath(csr, [0, 1], 3)).toEqual([1, 3]);
  });
});

describe('countSimplePaths', () => {
  it('counts a diamond twice', () => {
    expect(count(csrOf(4, [[0, 1], [0, 2], [1, 3], [2, 3]]), [0], 3)).toEqual({ count: 2, capped: false });
  });

  it('counts the paths of a grid (binomial) and caps them', () => {
    // A 4x4 grid of nodes, right and down edges: C(6,3) = 20 paths corner to corner.
    const edges: [number, number][] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
      if (c < 3) edges.push([r * 4 + c, r * 4 + c + 1]);
      if (r < 3) edges.push([r * 4 + c, (r + 1) * 4 + c]);
    }
    const grid = csrOf(16, edges);
    expect(count(grid, [0], 15)).toEqual({ count: 20, capped: false });
    expect(count(grid, [0], 15, 10)).toEqual({ count: 10, capped: true });
  });

  it('counts simple paths through cycles', () => {
    // 0 -> 1 <-> 2 -> 3, 1 -> 3: paths 0-1-3, 0-1-2-3
    expect(count(csrOf(4, [[0, 1], [1, 2], [2, 1], [2, 3], [1, 3]]), [0], 3)).toEqual({ count: 2, capped: false });
  });

  it('ignores cycles through the target itself and unreachable targets', () => {
    expect(count(csrOf(3, [[0, 1], [1, 2], [2, 1]]), [0], 1)).toEqual({ count: 1, capped: false });
    expect(count(csrOf(3, [[0, 1]]), [0], 2)).toEqual({ count: 0, capped: false });
  });

  it('agrees with full enumeration on random graphs', () => {
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
      const csr = csrOf(14, randomEdges(14, 30, seed));
      for (let t = 1; t < 14; t++) expect(count(csr, [0], t).count).toBe(bruteCount(csr, [0], t));
    }
  });
});
