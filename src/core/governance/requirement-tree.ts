// One breadth-first pass from the main modules over the module-level
// requirements: every module's depth and one shortest path, for policy and
// vulnerability evidence alike.
import type { GoGraph } from '../model/types';

/** Depth (main modules = 0, unreachable = -1) and BFS parent (-1 at a root) of every module id. */
export interface RequirementTree {
  depth: Int32Array;
  parent: Int32Array;
}

/** BFS over `graph.requires` from the main modules. */
export function requirementTree(graph: GoGraph): RequirementTree {
  const n = graph.modules.length;
  const depth = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const m of graph.mainIds) {
    if (depth[m] >= 0) continue;
    depth[m] = 0;
    queue[tail++] = m;
  }
  const { offsets, targets } = graph.requires;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (depth[w] >= 0) continue;
      depth[w] = depth[v] + 1;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  return { depth, parent };
}

/** Module paths from a main module to `id`; null when no requirement path reaches it. */
export function pathTo(graph: GoGraph, tree: RequirementTree, id: number): string[] | null {
  if (tree.depth[id] < 0) return null;
  const path: string[] = [];
  for (let v = id; v !== -1; v = tree.parent[v]) path.push(graph.modules[v].path);
  return path.reverse();
}
