import { describe, expect, it } from 'vitest';
import { reverseCsr } from '../model/csr';
import type { Csr } from '../model/types';
import { markedIds, reachableFrom, reachCounts } from './reachability';
import { stronglyConnected } from './scc';
import { csrOf, randomEdges } from './test-support/graph';

// The definition, one BFS per node.
function naiveCounts(csr: Csr): number[] {
  const n = csr.offsets.length - 1;
  return Array.from({ length: n }, (_, v) => markedIds(reachableFrom(csr, [v]), v).length);
}

describe('stronglyConnected', () => {
  it('puts a cycle in one component and numbers sinks first', () => {
    // 0 -> 1 -> 2 -> 1, 2 -> 3
    const { component, count } = stronglyConnected(csrOf(4, [[0, 1], [1, 2], [2, 1], [2, 3]]));
    expect(count).toBe(3);
    expect(component[1]).toBe(component[2]);
    expect(component[3]).toBeLessThan(component[1]);
    expect(component[1]).toBeLessThan(component[0]);
  });
});

describe('reachCounts', () => {
  it('counts a diamond', () => {
    // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3
    const csr = csrOf(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    expect(Array.from(reachCounts(csr))).toEqual([3, 1, 1, 0]);
    expect(Array.from(reachCounts(reverseCsr(csr)))).toEqual([0, 1, 1, 3]);
  });

  it('counts every member of a cycle, itself excluded', () => {
    // 0 -> 1 -> 2 -> 0, 2 -> 3
    const csr = csrOf(4, [[0, 1], [1, 2], [2, 0], [2, 3]]);
    expect(Array.from(reachCounts(csr))).toEqual([3, 3, 3, 0]);
  });

  it('agrees with one BFS per node on random graphs with cycles, across block boundaries', () => {
    for (const [n, m, seed] of [[50, 120, 1], [300, 900, 2], [9000, 12000, 3]]) {
      const csr = csrOf(n, randomEdges(n, m, seed));
      expect(Array.from(reachCounts(csr))).toEqual(naiveCounts(csr));
    }
  });

  it('handles 10,000 nodes and 100,000 edges well under a second (cyclic and acyclic)', () => {
    const cyclic = csrOf(10_000, randomEdges(10_000, 100_000, 7));
    // Edges from lower to higher ids: 10,000 singleton components, the costly case.
    const acyclic = csrOf(10_000, randomEdges(10_000, 100_000, 8).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]));
    for (const csr of [cyclic, acyclic]) {
      const t0 = performance.now();
      reachCounts(csr);
      reachCounts(reverseCsr(csr));
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
