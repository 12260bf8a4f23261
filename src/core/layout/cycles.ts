// Go module graphs can have cycles (golang.org/x/* require each other): a
// depth-first search from the main modules keeps every edge except the ones
// that close a cycle, so the rest of the pipeline sees a DAG.
import type { Csr } from '../model/types';
import { buildCsr } from '../model/csr';

/** The acyclic part of a graph, with orders the later phases start from. */
export interface Acyclic {
  /** Edges minus self-loops, duplicates, back edges and edges into roots. */
  dag: Csr;
  /** Every node, in a topological order of `dag` (reverse DFS postorder). */
  topo: Int32Array;
  /** DFS preorder rank per node: the initial left-to-right order inside a layer. */
  discovery: Int32Array;
}

const UNSEEN = 0;
const OPEN = 1;
const DONE = 2;

/** Removes the edges that close cycles, by DFS from the roots, then from nodes without in-edges, then the rest. */
export function breakCycles(n: number, edges: Csr, roots: readonly number[]): Acyclic {
  const { offsets, targets } = edges;
  const isRoot = new Uint8Array(n);
  for (const r of roots) isRoot[r] = 1;
  const state = new Uint8Array(n);
  const discovery = new Int32Array(n);
  const topo = new Int32Array(n);
  const from: number[] = [];
  const to: number[] = [];
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let discovered = 0;
  let finished = n;

  const visit = (start: number): void => {
    if (state[start] !== UNSEEN) return;
    let depth = 0;
    stack[0] = start;
    state[start] = OPEN;
    cursor[start] = offsets[start];
    discovery[start] = discovered++;
    while (depth >= 0) {
      const u = stack[depth];
      if (cursor[u] === offsets[u + 1]) {
        state[u] = DONE;
        topo[--finished] = u;
        depth--;
        continue;
      }
      const v = targets[cursor[u]++];
      // Edges into a main module would pull it below its dependents; cycles close at an OPEN node.
      if (isRoot[v] || state[v] === OPEN) continue;
      from.push(u);
      to.push(v);
      if (state[v] === UNSEEN) {
        state[v] = OPEN;
        cursor[v] = offsets[v];
        discovery[v] = discovered++;
        stack[++depth] = v;
      }
    }
  };

  for (const r of roots) visit(r);
  const indegree = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) indegree[targets[e]]++;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) visit(i);
  for (let i = 0; i < n; i++) visit(i);
  return { dag: buildCsr(n, from, to), topo, discovery };
}
