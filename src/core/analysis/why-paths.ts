// Why a module is in the requirement graph: the shortest path from the main
// module(s), how many distinct paths lead there, and who depends on it.
import type { Csr } from '../model/types';
import { reachableFrom } from './reachability';

/** Default cap on counted paths: beyond it the count is shown as "10,000+". */
export const PATH_CAP = 10_000;
// Enumeration steps allowed when cycles force a depth-first count.
const STEP_BUDGET = 2_000_000;

export interface PathCount {
  count: number;
  /** More paths exist than `count`, or counting gave up. */
  capped: boolean;
}

/** Breadth-first shortest path from any source to target (node ids, source first); null when unreachable. */
export function shortestPath(succ: Csr, sources: readonly number[], target: number): number[] | null {
  const n = succ.offsets.length - 1;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of sources) {
    if (parent[s] !== -2) continue;
    parent[s] = -1;
    queue[tail++] = s;
  }
  for (let head = 0; head < tail && parent[target] === -2; head++) {
    const v = queue[head];
    for (let e = succ.offsets[v]; e < succ.offsets[v + 1]; e++) {
      const w = succ.targets[e];
      if (parent[w] !== -2) continue;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  if (parent[target] === -2) return null;
  const path: number[] = [];
  for (let v = target; v !== -1; v = parent[v]) path.push(v);
  return path.reverse();
}

/**
 * Number of distinct simple paths from the sources to target, at most `cap`.
 * Exact dynamic programming when the nodes between them form a DAG; a budgeted
 * enumeration when a cycle lies on some path.
 */
export function countSimplePaths(succ: Csr, pred: Csr, sources: readonly number[], target: number, cap = PATH_CAP): PathCount {
  const fromSources = reachableFrom(succ, sources);
  if (!fromSources[target]) return { count: 0, capped: false };
  const toTarget = reachableFrom(pred, [target]);
  const n = fromSources.length;
  const relevant = new Uint8Array(n);
  for (let v = 0; v < n; v++) relevant[v] = fromSources[v] & toTarget[v];
  const starts = [...new Set(sources)].filter((s) => relevant[s]);
  const order = topologicalOrder(succ, relevant, target);
  return order ? countInDag(succ, relevant, order, starts, target, cap) : countByEnumeration(succ, relevant, starts, target, cap);
}

// Kahn's algorithm over the relevant nodes, target's out-edges cut (a path ends there); null on a cycle.
function topologicalOrder(succ: Csr, relevant: Uint8Array, target: number): Int32Array | null {
  const n = relevant.length;
  const indegree = new Int32Array(n);
  let size = 0;
  for (let v = 0; v < n; v++) {
    if (!relevant[v]) continue;
    size++;
    if (v === target) continue;
    for (let e = succ.offsets[v]; e < succ.offsets[v + 1]; e++) if (relevant[succ.targets[e]]) indegree[succ.targets[e]]++;
  }
  const order = new Int32Array(size);
  let tail = 0;
  for (let v = 0; v < n; v++) if (relevant[v] && indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    if (v === target) continue;
    for (let e = succ.offsets[v]; e < succ.offsets[v + 1]; e++) {
      const w = succ.targets[e];
      if (relevant[w] && --indegree[w] === 0) order[tail++] = w;
    }
  }
  return tail === size ? order : null;
}

function countInDag(succ: Csr, relevant: Uint8Array, order: Int32Array, starts: number[], target: number, cap: number): PathCount {
  // Saturating at cap + 1 keeps the numbers small and still tells "more than cap".
  const paths = new Float64Array(relevant.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    if (v === target) {
      paths[v] = 1;
      continue;
    }
    let sum = 0;
    for (let e = succ.offsets[v]; e < succ.offsets[v + 1]; e++) if (relevant[succ.targets[e]]) sum += paths[succ.targets[e]];
    paths[v] = Math.min(sum, cap + 1);
  }
  const total = Math.min(starts.reduce((s, v) => s + paths[v], 0), cap + 1);
  return total > cap ? { count: cap, capped: true } : { count: total, capped: false };
}

function countByEnumeration(succ: Csr, relevant: Uint8Array, starts: number[], target: number, cap: number): PathCount {
  const onPath = new Uint8Array(relevant.length);
  const nodes: number[] = [];
  const cursor: number[] = [];
  let count = 0;
  let steps = 0;
  for (const s of starts) {
    nodes.push(s);
    cursor.push(succ.offsets[s]);
    onPath[s] = 1;
    while (nodes.length > 0) {
      if (++steps > STEP_BUDGET) return { count: Math.min(count, cap), capped: true };
      const v = nodes[nodes.length - 1];
      const e = cursor[cursor.length - 1]++;
      if (v === target || e >= succ.offsets[v + 1]) {
        if (v === target && ++count > cap) return { count: cap, capped: true };
        onPath[v] = 0;
        nodes.pop();
        cursor.pop();
        continue;
      }
      const w = succ.targets[e];
      if (!relevant[w] || onPath[w]) continue;
      onPath[w] = 1;
      nodes.push(w);
      cursor.push(succ.offsets[w]);
    }
  }
  return { count, capped: false };
}
