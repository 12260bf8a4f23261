// Crossing reduction: barycenter sweeps down and up the layers, keeping the
// best order seen. Long edges get no dummy nodes: a neighbour's relative
// position in its own layer stands in for where the edge would pass.
import type { Csr } from '../model/types';
import { countCrossings } from './crossings';

/** Sweeps after which the ordering stops, improved or not. */
const MAX_SWEEPS = 12;
/** Down+up rounds without improvement that end the sweeps early. */
const PATIENCE = 2;

/** Orders the nodes of each layer to reduce crossings; returns each layer's nodes left to right. */
export function orderLayers(layer: Int32Array, layerCount: number, down: Csr, up: Csr, initial: Int32Array): Int32Array[] {
  const n = layer.length;
  const sizes = new Int32Array(layerCount);
  for (let i = 0; i < n; i++) sizes[layer[i]]++;
  const byInitial = Array.from({ length: n }, (_, i) => i).sort((a, b) => initial[a] - initial[b]);
  const layers = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(layerCount);
  for (const v of byInitial) layers[layer[v]][fill[layer[v]]++] = v;

  const pos = new Int32Array(n);
  const relative = new Float64Array(n);
  const index = (l: number): void => {
    const row = layers[l];
    for (let i = 0; i < row.length; i++) {
      pos[row[i]] = i;
      relative[row[i]] = (i + 0.5) / row.length;
    }
  };
  for (let l = 0; l < layerCount; l++) index(l);

  let best = layers.map((row) => row.slice());
  let bestCrossings = countCrossings(layers, layer, down, pos);
  let stale = 0;
  const key = new Float64Array(n);
  for (let sweep = 0; sweep < MAX_SWEEPS && bestCrossings > 0 && stale < PATIENCE; sweep++) {
    const downward = sweep % 2 === 0;
    const towards = downward ? up : down;
    for (let step = 1; step < layerCount; step++) {
      const l = downward ? step : layerCount - 1 - step;
      reorder(layers[l], towards, relative, key, pos);
      index(l);
    }
    if (downward) continue;
    const crossings = countCrossings(layers, layer, down, pos);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = layers.map((row) => row.slice());
      stale = 0;
    } else stale++;
  }
  return best;
}

// NOTE: mutates row. A node without neighbours on the swept side keeps its place.
function reorder(row: Int32Array, neighbours: Csr, relative: Float64Array, key: Float64Array, pos: Int32Array): void {
  const { offsets, targets } = neighbours;
  for (const v of row) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (start === end) {
      key[v] = relative[v];
      continue;
    }
    let sum = 0;
    for (let e = start; e < end; e++) sum += relative[targets[e]];
    key[v] = sum / (end - start);
  }
  row.sort((a, b) => key[a] - key[b] || pos[a] - pos[b]);
}
