import { describe, expect, it } from 'vitest';
import { buildCsr } from '../model/csr';
import { breakCycles } from './cycles';
import { transitiveReduction } from './reduction';

const reduce = (n: number, pairs: [number, number][]): string[] => {
  const { dag, topo } = breakCycles(n, buildCsr(n, pairs.map((p) => p[0]), pairs.map((p) => p[1])), [0]);
  const r = transitiveReduction(dag, topo);
  const out: string[] = [];
  for (let u = 0; u < n; u++) for (let e = r.offsets[u]; e < r.offsets[u + 1]; e++) out.push(`${u}>${r.targets[e]}`);
  return out;
};

describe('transitiveReduction', () => {
  it('drops the main module shortcuts a go >= 1.17 go.mod adds', () => {
    expect(reduce(4, [[0, 1], [0, 2], [0, 3], [1, 2], [2, 3]])).toEqual(['0>1', '1>2', '2>3']);
  });

  it('keeps both arms of a diamond and drops its shortcut', () => {
    expect(reduce(4, [[0, 1], [0, 2], [1, 3], [2, 3], [0, 3]])).toEqual(['0>1', '0>2', '1>3', '2>3']);
  });

  it('keeps a shortcut-free graph whole', () => {
    expect(reduce(5, [[0, 1], [0, 2], [1, 3], [2, 4]])).toEqual(['0>1', '0>2', '1>3', '2>4']);
  });
});
