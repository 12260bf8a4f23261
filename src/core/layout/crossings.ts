// Counts edge crossings between adjacent layers (the measure the ordering
// sweeps try to lower), in O(E log V) with a Fenwick tree.
import type { Csr } from '../model/types';

/** Crossings among edges that span exactly one layer, for layers given as ordered node lists. */
export function countCrossings(layers: readonly Int32Array[], layer: Int32Array, down: Csr, pos: Int32Array): number {
  const { offsets, targets } = down;
  let total = 0;
  const lower: number[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    lower.length = 0;
    // Upper nodes in order, each node's lower ends sorted: inversions among lower ends are crossings.
    for (const u of layers[l]) {
      const start = lower.length;
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const v = targets[e];
        if (layer[v] === l + 1) lower.push(pos[v]);
      }
      sortTail(lower, start);
    }
    total += inversions(lower, layers[l + 1].length);
  }
  return total;
}

function sortTail(list: number[], start: number): void {
  if (list.length - start < 2) return;
  const tail = list.slice(start).sort((a, b) => a - b);
  for (let i = 0; i < tail.length; i++) list[start + i] = tail[i];
}

// Pairs i < j with values[i] > values[j]; values are in [0, size).
function inversions(values: readonly number[], size: number): number {
  const tree = new Int32Array(size + 1);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    let seenAtMost = 0;
    for (let k = values[i] + 1; k > 0; k -= k & -k) seenAtMost += tree[k];
    count += i - seenAtMost;
    for (let k = values[i] + 1; k <= size; k += k & -k) tree[k]++;
  }
  return count;
}
