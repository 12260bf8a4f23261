// The shortest import path to a module, walked the way `go mod why -m` walks
// packages (modload buildStacks): breadth-first from the main module's packages,
// each package's imports in path order, then its test, written `X.test`.
import { basePackagePath } from '../model/packages';
import type { GoGraph, PackageNode } from '../model/types';

/** The package graph as `go mod why` sees it: test variants folded into one `X.test` node per tested package. */
export interface WhyPackageGraph {
  names: string[];
  /** Owning module of each real package; -1 for `X.test` nodes and unresolved packages. */
  module: Int32Array;
  /** Successors in Go's visiting order. */
  next: number[][];
  /** Main-module packages, sorted by path. */
  roots: number[];
}

const VARIANT = /^(.*) \[(.+)\.test\]$/;
const cache = new WeakMap<PackageNode[], WhyPackageGraph>();

/** Folds the loaded packages into Go's why graph (memoised per package list). */
export function whyPackageGraph(graph: GoGraph): WhyPackageGraph | null {
  const packages = graph.packages;
  if (!packages) return null;
  let built = cache.get(packages);
  if (!built) cache.set(packages, (built = fold(graph, packages)));
  return built;
}

/** Shortest import path from a main-module package to the closest package of module `id`; null when none is loaded. */
export function shortestImportPath(pg: WhyPackageGraph, id: number): string[] | null {
  const parent = new Int32Array(pg.names.length).fill(-2);
  const depth = new Int32Array(pg.names.length);
  const queue: number[] = [];
  for (const r of pg.roots) {
    parent[r] = -1;
    queue.push(r);
  }
  let best = -1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    if (best >= 0 && depth[v] > depth[best]) break;
    // Go keeps the lexically first of the closest packages (modcmd/why.go).
    if (pg.module[v] === id && (best < 0 || pg.names[v] < pg.names[best])) best = v;
    for (const w of pg.next[v]) {
      if (parent[w] !== -2) continue;
      parent[w] = v;
      depth[w] = depth[v] + 1;
      queue.push(w);
    }
  }
  if (best < 0) return null;
  const path: string[] = [];
  for (let v = best; v !== -1; v = parent[v]) path.push(pg.names[v]);
  return path.reverse();
}

function fold(graph: GoGraph, packages: PackageNode[]): WhyPackageGraph {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const modules: number[] = [];
  const edges: Set<number>[] = [];
  const node = (key: string, name: string, module: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = names.length));
      names.push(name);
      modules.push(module);
      edges.push(new Set());
    }
    return id;
  };
  // Real packages first, so imports resolve by path; tests get their own key space.
  for (const p of packages) if (!p.test) node(p.importPath, p.importPath, p.module);
  const testOf = new Map<number, number>();
  const testNode = (tested: string): number => {
    const t = node(`\0${tested}`, `${tested}.test`, -1);
    const x = ids.get(tested);
    if (x !== undefined) testOf.set(x, t);
    return t;
  };
  // A variant `X [X.test]` or `X_test [X.test]` is the test of X; `q [X.test]` is q recompiled.
  const source = (p: PackageNode): number | undefined => {
    const m = VARIANT.exec(p.importPath);
    if (!m) return p.test ? undefined : ids.get(p.importPath);
    const [, pkg, tested] = m;
    return pkg === tested || pkg === `${tested}_test` ? testNode(tested) : ids.get(pkg);
  };
  for (const p of packages) {
    const from = source(p);
    if (from === undefined) continue;
    for (const q of p.imports) {
      const to = ids.get(basePackagePath(packages[q].importPath));
      if (to !== undefined && to !== from) edges[from].add(to);
    }
    // Without -test, and for dependencies, a test is known only by its import strings.
    if (p.test || p.testImports.length === 0) continue;
    const test = testNode(p.importPath);
    for (const imp of p.testImports) {
      const to = ids.get(imp);
      if (to !== undefined) edges[test].add(to);
    }
  }
  const byName = (a: number, b: number) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  const next = edges.map((set, v) => {
    const out = [...set].sort(byName);
    const test = testOf.get(v);
    return test === undefined ? out : [...out, test];
  });
  const mains = new Set(graph.mainIds);
  const roots = names.map((_, v) => v).filter((v) => mains.has(modules[v])).sort(byName);
  return { names, module: Int32Array.from(modules), next, roots };
}
