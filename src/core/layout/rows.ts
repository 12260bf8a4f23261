// A Go graph often has one layer holding hundreds of modules (everything the
// main module needs and nothing else does). Such a layer is dealt round-robin
// into sub-rows so the drawing stays within a sane aspect ratio.
/** Gaps between boxes, in px. */
export interface Spacing {
  /** Between neighbours in a row. */
  nodeGap: number;
  /** Between layers. */
  layerGap: number;
  /** Between the sub-rows of one wrapped layer. */
  rowGap: number;
}

/** A layer may grow to this many times the drawing's height before it wraps. */
export const MAX_ASPECT = 8;

/** Rows top to bottom; `startsLayer[r]` is 1 when row r is the first row of its layer. */
export interface Rows {
  rows: Int32Array[];
  startsLayer: Uint8Array;
}

/** Splits layers longer than maxAspect times the resulting depth into interleaved sub-rows. */
export function wrapRows(
  layers: readonly Int32Array[],
  along: Float64Array,
  across: Float64Array,
  spacing: Spacing,
  maxAspect = MAX_ASPECT,
): Rows {
  const extent = layers.map((row) => row.reduce((sum, v) => sum + along[v], 0) + spacing.nodeGap * Math.max(0, row.length - 1));
  const thickness = layers.map((row) => row.reduce((most, v) => Math.max(most, across[v]), 0));
  const rowsOf = (l: number, width: number): number => Math.min(layers[l].length, Math.max(1, Math.ceil(extent[l] / width)));
  const height = (width: number): number => {
    let sum = spacing.layerGap * (layers.length - 1);
    for (let l = 0; l < layers.length; l++) {
      const k = rowsOf(l, width);
      sum += k * thickness[l] + (k - 1) * spacing.rowGap;
    }
    return sum;
  };
  // W - maxAspect * height(W) grows with W: bisect for the narrowest width that satisfies it.
  let hi = extent.reduce((most, e) => Math.max(most, e), 0);
  let lo = along.reduce((most, s) => Math.max(most, s), 0);
  if (hi <= maxAspect * height(hi)) lo = hi;
  for (let i = 0; i < 50 && hi - lo > 1; i++) {
    const mid = (lo + hi) / 2;
    if (mid >= maxAspect * height(mid)) hi = mid;
    else lo = mid;
  }
  const rows: Int32Array[] = [];
  const starts: number[] = [];
  for (let l = 0; l < layers.length; l++) {
    const k = rowsOf(l, hi);
    const layer = layers[l];
    for (let r = 0; r < k; r++) {
      rows.push(layer.filter((_, i) => i % k === r));
      starts.push(r === 0 ? 1 : 0);
    }
  }
  return { rows, startsLayer: Uint8Array.from(starts) };
}
