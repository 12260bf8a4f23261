// At go >= 1.17 the main module requires every module directly, so most edges
// of a module graph are shortcuts. The transitive reduction keeps only the
// edges that carry reachability, which is what the picture should show.
import type { Csr } from '../model/types';
import { buildCsr } from '../model/csr';

/** Above this many nodes the n^2/32-word reachability table is not worth its memory (50 MB at 20k). */
export const REDUCTION_LIMIT = 20_000;

/** Transitive reduction of a DAG given a topological order; returns the DAG unchanged past REDUCTION_LIMIT. */
export function transitiveReduction(dag: Csr, topo: Int32Array): Csr {
  const n = topo.length;
  if (n > REDUCTION_LIMIT) return dag;
  const { offsets, targets } = dag;
  const words = (n + 31) >>> 5;
  const reach = new Int32Array(n * words);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[topo[i]] = i;
  const from: number[] = [];
  const to: number[] = [];
  const children: number[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const v = topo[k];
    children.length = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) children.push(targets[e]);
    // A child reachable through another child comes later in topological order,
    // so visiting children in that order finds every shortcut.
    children.sort((a, b) => rank[a] - rank[b]);
    const row = v * words;
    for (const w of children) {
      if (reach[row + (w >>> 5)] & (1 << (w & 31))) continue;
      from.push(v);
      to.push(w);
      const src = w * words;
      for (let i = 0; i < words; i++) reach[row + i] |= reach[src + i];
      reach[row + (w >>> 5)] |= 1 << (w & 31);
    }
  }
  return buildCsr(n, from, to);
}
