import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsr, edgeIndex, neighbours, reverseCsr } from './csr';

// The rows buildCsr must give, written the obvious way: sorted targets, no self-loops, duplicates merged (weights summed).
function expectedRows(n: number, edges: [number, number, number][]): Map<number, Map<number, number>> {
  const rows = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) rows.set(i, new Map());
  for (const [a, b, w] of edges) if (a !== b) rows.get(a)!.set(b, (rows.get(a)!.get(b) ?? 0) + w);
  return rows;
}

const graphs = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 9 })), { maxLength: 200 })),
);

describe('buildCsr', () => {
  it('sorts each row, drops self-loops and merges duplicate pairs, summing their weights', () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const csr = buildCsr(n, edges.map((e) => e[0]), edges.map((e) => e[1]), edges.map((e) => e[2]));
        const want = expectedRows(n, edges);
        for (let i = 0; i < n; i++) {
          const row = [...want.get(i)!].sort((x, y) => x[0] - y[0]);
          expect([...neighbours(csr, i)]).toEqual(row.map(([t]) => t));
          expect([...csr.weights!.subarray(csr.offsets[i], csr.offsets[i + 1])]).toEqual(row.map(([, w]) => w));
          for (const [t] of row) expect(csr.targets[edgeIndex(csr, i, t)]).toBe(t);
        }
      }),
    );
  });

  it('reverses a graph into the same pairs the other way round, with their weights', () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const csr = buildCsr(n, edges.map((e) => e[0]), edges.map((e) => e[1]), edges.map((e) => e[2]));
        const back = reverseCsr(csr);
        const want = expectedRows(n, edges.map(([a, b, w]) => [b, a, w]));
        for (let i = 0; i < n; i++) expect([...neighbours(back, i)]).toEqual([...want.get(i)!.keys()].sort((x, y) => x - y));
        expect(back.weights!.reduce((sum, w) => sum + w, 0)).toBe(csr.weights!.reduce((sum, w) => sum + w, 0));
      }),
    );
  });

  it('keeps no weights when given none', () => {
    expect(buildCsr(3, [0, 0, 1], [2, 2, 0]).weights).toBeUndefined();
    expect([...buildCsr(3, [0, 0, 1], [2, 1, 0]).targets]).toEqual([1, 2, 0]);
  });
});
