import { describe, expect, it } from 'vitest';
import { buildCsr } from '../model/csr';
import { breakCycles } from './cycles';

const graph = (n: number, pairs: [number, number][]) => buildCsr(n, pairs.map((p) => p[0]), pairs.map((p) => p[1]));

describe('breakCycles', () => {
  it('drops exactly the edge that closes a cycle reached from the root', () => {
    const { dag, topo } = breakCycles(3, graph(3, [[0, 1], [1, 2], [2, 1]]), [0]);
    expect(Array.from(dag.targets)).toEqual([1, 2]);
    expect(Array.from(topo)).toEqual([0, 1, 2]);
  });

  it('never keeps an edge into a root, so main modules stay on top', () => {
    const { dag } = breakCycles(2, graph(2, [[0, 1], [1, 0]]), [1]);
    expect(Array.from(dag.offsets)).toEqual([0, 0, 1]);
    expect(Array.from(dag.targets)).toEqual([0]);
  });

  it('orders every node, including a pure cycle nothing points into', () => {
    const { dag, topo } = breakCycles(4, graph(4, [[1, 2], [2, 3], [3, 1]]), []);
    expect(Array.from(topo).sort()).toEqual([0, 1, 2, 3]);
    const rank = new Int32Array(4);
    topo.forEach((v, i) => (rank[v] = i));
    for (let u = 0; u < 4; u++) for (let e = dag.offsets[u]; e < dag.offsets[u + 1]; e++) expect(rank[u]).toBeLessThan(rank[dag.targets[e]]);
  });
});
