// Which modules and requirement edges an exported diagram shows.
import type { GoGraph } from '../model/types';

export type ScopeDirection = 'dependencies' | 'dependents' | 'both';

/** What part of the graph to export; every id is a module id of the graph. */
export type Scope =
  | { kind: 'all' }
  /** A given set of modules, e.g. the current filter. */
  | { kind: 'modules'; ids: readonly number[] }
  /** The first ids of a ranking (hot libraries), passed in already cut. */
  | { kind: 'top'; ids: readonly number[] }
  | { kind: 'neighbourhood'; id: number; hops: number; direction: ScopeDirection }
  /** The union of the shortest requirement paths from the main modules to a module. */
  | { kind: 'paths'; id: number };

/** The modules (ascending ids) and the requirement edges among them, sorted by (from, to). */
export interface ScopedGraph {
  ids: number[];
  edges: [number, number][];
}

/** Resolves a scope to its modules and edges; unknown ids are ignored. */
export function resolveScope(graph: GoGraph, scope: Scope): ScopedGraph {
  const n = graph.modules.length;
  switch (scope.kind) {
    case 'all':
      return induced(graph, new Set(graph.modules.map((m) => m.id)));
    case 'modules':
    case 'top':
      return induced(graph, new Set(scope.ids.filter((id) => isId(id, n))));
    case 'neighbourhood':
      return isId(scope.id, n) ? induced(graph, neighbourhood(graph, scope.id, scope.hops, scope.direction)) : empty();
    case 'paths':
      return isId(scope.id, n) ? shortestPaths(graph, scope.id) : empty();
  }
}

function isId(id: number, n: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < n;
}

function empty(): ScopedGraph {
  return { ids: [], edges: [] };
}

function induced(graph: GoGraph, keep: Set<number>): ScopedGraph {
  const ids = [...keep].sort((a, b) => a - b);
  const edges: [number, number][] = [];
  const { offsets, targets } = graph.requires;
  for (const from of ids) {
    for (let e = offsets[from]; e < offsets[from + 1]; e++) if (keep.has(targets[e])) edges.push([from, targets[e]]);
  }
  return { ids, edges };
}

function neighbourhood(graph: GoGraph, start: number, hops: number, direction: ScopeDirection): Set<number> {
  const csrs = [
    ...(direction !== 'dependents' ? [graph.requires] : []),
    ...(direction !== 'dependencies' ? [graph.requiredBy] : []),
  ];
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const csr of csrs) {
        for (let e = csr.offsets[u]; e < csr.offsets[u + 1]; e++) {
          const v = csr.targets[e];
          if (seen.has(v)) continue;
          seen.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

// BFS depths from the main modules, then walk back from the target keeping
// only edges that lose exactly one level: that is every shortest path.
function shortestPaths(graph: GoGraph, target: number): ScopedGraph {
  const depth = new Int32Array(graph.modules.length).fill(-1);
  let frontier = graph.mainIds.filter((id) => isId(id, graph.modules.length));
  for (const id of frontier) depth[id] = 0;
  const { offsets, targets } = graph.requires;
  while (frontier.length > 0 && depth[target] < 0) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const v = targets[e];
        if (depth[v] >= 0) continue;
        depth[v] = depth[u] + 1;
        next.push(v);
      }
    }
    frontier = next;
  }
  if (depth[target] < 0) return { ids: [target], edges: [] };
  const keep = new Set([target]);
  const edges: [number, number][] = [];
  const by = graph.requiredBy;
  let level = [target];
  while (level.length > 0) {
    const up: number[] = [];
    for (const v of level) {
      for (let e = by.offsets[v]; e < by.offsets[v + 1]; e++) {
        const u = by.targets[e];
        if (depth[u] !== depth[v] - 1 || depth[u] < 0) continue;
        edges.push([u, v]);
        if (keep.has(u)) continue;
        keep.add(u);
        up.push(u);
      }
    }
    level = up;
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { ids: [...keep].sort((a, b) => a - b), edges };
}
