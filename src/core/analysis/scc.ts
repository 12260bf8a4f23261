// Strongly connected components (Tarjan, iterative): Go module graphs have cycles.
import type { Csr } from '../model/types';

export interface Components {
  /** Component of each node. Numbered in reverse topological order: edges only go to equal or lower numbers. */
  component: Int32Array;
  count: number;
}

/** Tarjan's algorithm without recursion, so deep graphs cannot overflow the stack. */
export function stronglyConnected(csr: Csr): Components {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    index[s] = low[s] = next++;
    stack[sp++] = s;
    callNode[0] = s;
    callEdge[0] = offsets[s];
    let depth = 1;
    while (depth > 0) {
      const v = callNode[depth - 1];
      const e = callEdge[depth - 1];
      if (e < offsets[v + 1]) {
        callEdge[depth - 1]++;
        const w = targets[e];
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          callNode[depth] = w;
          callEdge[depth] = offsets[w];
          depth++;
        } else if (component[w] === -1 && index[w] < low[v]) {
          // Visited and not yet in a component: w is on the stack.
          low[v] = index[w];
        }
        continue;
      }
      depth--;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp];
          component[w] = count;
        } while (w !== v);
        count++;
      }
      if (depth > 0) {
        const u = callNode[depth - 1];
        if (low[v] < low[u]) low[u] = low[v];
      }
    }
  }
  return { component, count };
}
