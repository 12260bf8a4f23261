// Dominator tree of a graph from a set of roots (Cooper, Harvey & Kennedy,
// "A Simple, Fast Dominance Algorithm"). Several main modules hang under one
// synthetic root, so a module needed by two of them is dominated by neither.
import type { Csr } from '../model/types';

/** idom value of a node dominated only by the synthetic root (a root, or a node shared by several roots). */
export const SYNTHETIC_ROOT = -1;
/** idom value of a node no root reaches. */
export const UNREACHABLE = -2;

export interface DominatorTree {
  /** Immediate dominator of each node, or SYNTHETIC_ROOT / UNREACHABLE. */
  idom: Int32Array;
  /** Reachable nodes in dominator-tree preorder: each subtree is a contiguous run. */
  preorder: Int32Array;
  /** Position of each node in `preorder` (-1 when unreachable). */
  start: Int32Array;
  /** Size of each node's dominator subtree, itself included (0 when unreachable). */
  size: Int32Array;
}

/** Computes the dominator tree of `succ` from `roots`. */
export function dominatorTree(succ: Csr, roots: readonly number[]): DominatorTree {
  const n = succ.offsets.length - 1;
  const root = n; // the synthetic root, an extra node whose successors are the roots
  const order = postorder(succ, roots, root);
  const rank = new Int32Array(n + 1).fill(-1);
  order.forEach((v, i) => (rank[v] = i));
  const preds = predecessors(succ, roots, rank, root);
  const doms = new Int32Array(n + 1).fill(-1);
  doms[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (rank[a] < rank[b]) a = doms[a];
      while (rank[b] < rank[a]) b = doms[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    // Reverse postorder, the synthetic root (last in postorder) skipped.
    for (let i = order.length - 2; i >= 0; i--) {
      const b = order[i];
      let idom = -1;
      for (const p of preds[b]) {
        if (doms[p] === -1) continue;
        idom = idom === -1 ? p : intersect(p, idom);
      }
      if (doms[b] !== idom) {
        doms[b] = idom;
        changed = true;
      }
    }
  }
  const idom = new Int32Array(n).fill(UNREACHABLE);
  for (let v = 0; v < n; v++) if (rank[v] >= 0) idom[v] = doms[v] === root ? SYNTHETIC_ROOT : doms[v];
  return { idom, ...subtrees(idom, order.length - 1) };
}

/** The modules that leave with `v`: its dominator subtree without itself, in preorder. */
export function dominated(tree: DominatorTree, v: number): number[] {
  const at = tree.start[v];
  return at < 0 ? [] : Array.from(tree.preorder.subarray(at + 1, at + tree.size[v]));
}

// Iterative DFS postorder from the synthetic root; unreachable nodes are left out.
function postorder(succ: Csr, roots: readonly number[], root: number): number[] {
  const seen = new Uint8Array(root + 1);
  const out: number[] = [];
  const nodes: number[] = [root];
  const edges: number[] = [0];
  seen[root] = 1;
  while (nodes.length > 0) {
    const v = nodes[nodes.length - 1];
    const e = edges[edges.length - 1]++;
    const next = v === root ? (e < roots.length ? roots[e] : -1) : e < succ.offsets[v + 1] - succ.offsets[v] ? succ.targets[succ.offsets[v] + e] : -1;
    if (next === -1) {
      out.push(v);
      nodes.pop();
      edges.pop();
    } else if (!seen[next]) {
      seen[next] = 1;
      nodes.push(next);
      edges.push(0);
    }
  }
  return out;
}

// Predecessor lists of the reachable nodes (the roots' predecessor includes the synthetic root).
function predecessors(succ: Csr, roots: readonly number[], rank: Int32Array, root: number): number[][] {
  const preds: number[][] = Array.from({ length: root + 1 }, () => []);
  for (const r of roots) preds[r].push(root);
  for (let v = 0; v < root; v++) {
    if (rank[v] < 0) continue;
    for (let e = succ.offsets[v]; e < succ.offsets[v + 1]; e++) preds[succ.targets[e]].push(v);
  }
  return preds;
}

// Preorder of the dominator tree, so each subtree is one contiguous run.
function subtrees(idom: Int32Array, reachable: number): Omit<DominatorTree, 'idom'> {
  const n = idom.length;
  // Children as a CSR over n + 1 parents, the synthetic root being parent n.
  const parent = (v: number) => (idom[v] === SYNTHETIC_ROOT ? n : idom[v]);
  const childCount = new Int32Array(n + 2);
  for (let v = 0; v < n; v++) if (idom[v] !== UNREACHABLE) childCount[parent(v) + 1]++;
  for (let v = 0; v <= n; v++) childCount[v + 1] += childCount[v];
  const children = new Int32Array(reachable);
  const cursor = childCount.slice(0, n + 1);
  for (let v = 0; v < n; v++) if (idom[v] !== UNREACHABLE) children[cursor[parent(v)]++] = v;
  const preorder = new Int32Array(reachable);
  const start = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  let at = 0;
  const stack: number[] = [];
  for (let k = childCount[n]; k < childCount[n + 1]; k++) stack.push(children[k]);
  while (stack.length > 0) {
    const v = stack.pop()!;
    start[v] = at;
    preorder[at++] = v;
    for (let k = childCount[v]; k < childCount[v + 1]; k++) stack.push(children[k]);
  }
  // Reverse preorder visits children before parents.
  for (let i = reachable - 1; i >= 0; i--) {
    const v = preorder[i];
    size[v]++;
    if (idom[v] >= 0) size[idom[v]] += size[v];
  }
  return { preorder, start, size };
}
