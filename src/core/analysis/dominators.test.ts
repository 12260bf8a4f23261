import { describe, expect, it } from 'vitest';
import type { Csr } from '../model/types';
import { dominated, dominatorTree, SYNTHETIC_ROOT, UNREACHABLE } from './dominators';
import { reachableFrom } from './reachability';
import { csrOf, randomEdges } from './test-support/graph';

// The definition: v dominates w when removing v leaves w unreachable from the roots.
function bruteExclusive(csr: Csr, roots: number[], v: number): number[] {
  const n = csr.offsets.length - 1;
  const before = reachableFrom(csr, roots);
  if (!before[v]) return [];
  const without: [number, number][] = [];
  for (let a = 0; a < n; a++) {
    for (let e = csr.offsets[a]; e < csr.offsets[a + 1]; e++) if (a !== v && csr.targets[e] !== v) without.push([a, csr.targets[e]]);
  }
  const after = reachableFrom(csrOf(n, without), roots.filter((r) => r !== v));
  return Array.from({ length: n }, (_, w) => w).filter((w) => w !== v && before[w] && !after[w]);
}

describe('dominatorTree', () => {
  it('diamond: the join is dominated by the root, its tail by the join', () => {
    // 0 main -> 1, 2; 1 -> 3; 2 -> 3; 3 -> 4
    const tree = dominatorTree(csrOf(5, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4]]), [0]);
    expect(Array.from(tree.idom)).toEqual([SYNTHETIC_ROOT, 0, 0, 0, 3]);
    expect(dominated(tree, 0).sort()).toEqual([1, 2, 3, 4]);
    expect(dominated(tree, 1)).toEqual([]);
    expect(dominated(tree, 3)).toEqual([4]);
  });

  it('cycle: the entry of the cycle dominates the rest of it', () => {
    // 0 -> 1 -> 2 -> 1, 2 -> 3
    const tree = dominatorTree(csrOf(4, [[0, 1], [1, 2], [2, 1], [2, 3]]), [0]);
    expect(Array.from(tree.idom)).toEqual([SYNTHETIC_ROOT, 0, 1, 2]);
    expect(dominated(tree, 1).sort()).toEqual([2, 3]);
  });

  it('several main modules: a module both require is dominated by neither', () => {
    // mains 0 and 1; 0 -> 2, 1 -> 2, 0 -> 3 -> 4; 5 unreachable
    const tree = dominatorTree(csrOf(6, [[0, 2], [1, 2], [0, 3], [3, 4]]), [0, 1]);
    expect(Array.from(tree.idom)).toEqual([SYNTHETIC_ROOT, SYNTHETIC_ROOT, SYNTHETIC_ROOT, 0, 3, UNREACHABLE]);
    expect(dominated(tree, 0).sort()).toEqual([3, 4]);
    expect(dominated(tree, 1)).toEqual([]);
    expect(dominated(tree, 5)).toEqual([]);
    expect(tree.size[5]).toBe(0);
  });

  it('a main module required by another main module is still a root', () => {
    const tree = dominatorTree(csrOf(3, [[0, 1], [1, 2]]), [0, 1]);
    expect(Array.from(tree.idom)).toEqual([SYNTHETIC_ROOT, SYNTHETIC_ROOT, 1]);
  });

  it('agrees with the definition on random graphs', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const n = 40;
      const csr = csrOf(n, randomEdges(n, 70, seed));
      const roots = seed % 2 ? [0] : [0, 1];
      const tree = dominatorTree(csr, roots);
      for (let v = 0; v < n; v++) expect(dominated(tree, v).sort((a, b) => a - b)).toEqual(bruteExclusive(csr, roots, v));
    }
  });
});
