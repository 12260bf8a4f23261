// Depth from the main modules: each module sits one layer below the deepest
// module that needs it, so base libraries sink to the bottom.
import type { Csr } from '../model/types';

/** Longest-path layers over a DAG in topological order; sources that are not roots are pulled down next to their dependencies. */
export function assignLayers(dag: Csr, topo: Int32Array, roots: readonly number[]): { layer: Int32Array; count: number } {
  const n = topo.length;
  const { offsets, targets } = dag;
  const layer = new Int32Array(n);
  const indegree = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) indegree[targets[e]]++;
  for (const u of topo) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (layer[v] <= layer[u]) layer[v] = layer[u] + 1;
    }
  }
  const isRoot = new Uint8Array(n);
  for (const r of roots) isRoot[r] = 1;
  // A module nothing reaches from the roots would otherwise float at the top, far from what it requires.
  if (roots.length > 0) {
    for (let u = 0; u < n; u++) {
      if (isRoot[u] || indegree[u] > 0 || offsets[u] === offsets[u + 1]) continue;
      let nearest = Infinity;
      for (let e = offsets[u]; e < offsets[u + 1]; e++) nearest = Math.min(nearest, layer[targets[e]]);
      layer[u] = nearest - 1;
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, layer[i] + 1);
  return { layer, count };
}
