// Coordinates inside a row: each node wants to sit at the mean of its
// neighbours in the rows already placed; the closest non-overlapping row is
// a weighted isotonic regression, solved exactly by pool-adjacent-violators.
import type { Csr } from '../model/types';
import type { Rows, Spacing } from './rows';

/** Alternating sweeps: downward ones centre children under parents and come last. */
const PASSES = ['down', 'up', 'down', 'up', 'down'] as const;
/** Pull of a node towards where it already is, when it has no neighbour on the swept side. */
const STAY_WEIGHT = 0.1;

/** Centre of each node along its row: no overlaps, as close as possible to its neighbours. */
export function assignAlong(rows: Rows['rows'], size: Float64Array, parents: Csr, children: Csr, gap: number): Float64Array {
  const x = new Float64Array(size.length);
  for (const row of rows) {
    const offset = rowOffsets(row, size, gap);
    const half = offset[offset.length - 1] / 2;
    for (let i = 0; i < row.length; i++) x[row[i]] = offset[i] - half;
  }
  for (const pass of PASSES) {
    const towards = pass === 'down' ? parents : children;
    for (let step = 0; step < rows.length; step++) {
      const row = rows[pass === 'down' ? step : rows.length - 1 - step];
      alignRow(row, towards, x, size, gap);
    }
  }
  return x;
}

/** Centre of each row across the layers, and the total extent. */
export function assignAcross(layout: Rows, size: Float64Array, spacing: Spacing): { centre: Float64Array; extent: number } {
  const centre = new Float64Array(size.length);
  let cursor = 0;
  layout.rows.forEach((row, r) => {
    if (r > 0) cursor += layout.startsLayer[r] ? spacing.layerGap : spacing.rowGap;
    const thickness = row.reduce((most, v) => Math.max(most, size[v]), 0);
    for (const v of row) centre[v] = cursor + thickness / 2;
    cursor += thickness;
  });
  return { centre, extent: cursor };
}

// Centre of each node when the row is packed tight from 0.
function rowOffsets(row: Int32Array, size: Float64Array, gap: number): Float64Array {
  const offset = new Float64Array(row.length);
  for (let i = 1; i < row.length; i++) offset[i] = offset[i - 1] + (size[row[i - 1]] + size[row[i]]) / 2 + gap;
  return offset;
}

// NOTE: mutates x for the nodes of row.
function alignRow(row: Int32Array, neighbours: Csr, x: Float64Array, size: Float64Array, gap: number): void {
  const { offsets, targets } = neighbours;
  const offset = rowOffsets(row, size, gap);
  const want = new Float64Array(row.length);
  const weight = new Float64Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    const degree = offsets[v + 1] - offsets[v];
    let sum = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) sum += x[targets[e]];
    want[i] = (degree > 0 ? sum / degree : x[v]) - offset[i];
    weight[i] = degree > 0 ? degree : STAY_WEIGHT;
  }
  const fitted = isotonic(want, weight);
  for (let i = 0; i < row.length; i++) x[row[i]] = fitted[i] + offset[i];
}

// Weighted least-squares non-decreasing fit (pool adjacent violators).
function isotonic(values: Float64Array, weights: Float64Array): Float64Array {
  const m = values.length;
  const mean = new Float64Array(m);
  const mass = new Float64Array(m);
  const start = new Int32Array(m);
  let blocks = 0;
  for (let i = 0; i < m; i++) {
    mean[blocks] = values[i];
    mass[blocks] = weights[i];
    start[blocks] = i;
    blocks++;
    while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
      const a = blocks - 2;
      const b = blocks - 1;
      const total = mass[a] + mass[b];
      mean[a] = (mean[a] * mass[a] + mean[b] * mass[b]) / total;
      mass[a] = total;
      blocks--;
    }
  }
  const fitted = new Float64Array(m);
  for (let b = 0; b < blocks; b++) {
    const end = b + 1 < blocks ? start[b + 1] : m;
    fitted.fill(mean[b], start[b], end);
  }
  return fitted;
}
