// Hot base libraries: per-module metrics over the requirement graph and, when
// packages are loaded, over the import graph (the code that really builds).
import { reverseCsr } from '../model/csr';
import { basePackagePath } from '../model/packages';
import type { Csr, GoGraph, PackageNode } from '../model/types';
import { dominated, dominatorTree } from './dominators';
import { reachCounts } from './reachability';
import type { GraphMetrics, HotMetrics } from './types';

/** Metrics a hot-library table can be ranked by. */
export type HotMetric =
  | 'directDependents'
  | 'transitiveDependents'
  | 'transitiveDependencies'
  | 'exclusiveWeight'
  | 'importingPackages'
  | 'importDirectDependents'
  | 'importTransitiveDependents'
  | 'importExclusiveWeight';

/** HotMetrics of every module (index = module id). */
export function hotMetrics(graph: GoGraph): HotMetrics[] {
  const requires = graphMetrics(graph.requires, graph.requiredBy, graph.mainIds);
  const imports = graph.imports ? graphMetrics(graph.imports, reverseCsr(graph.imports), graph.mainIds) : null;
  const importers = graph.packages ? importingPackages(graph.packages, graph.modules.length) : null;
  return requires.map((m, id) => ({ id, ...m, importingPackages: importers ? importers[id] : null, imports: imports ? imports[id] : null }));
}

/** Dependents, dependencies and exclusive weight of every node of one graph, dominators taken from `roots`. */
export function graphMetrics(succ: Csr, pred: Csr, roots: readonly number[]): GraphMetrics[] {
  const dependencies = reachCounts(succ);
  const dependents = reachCounts(pred);
  const tree = dominatorTree(succ, roots);
  return Array.from(dependencies, (transitiveDependencies, v) => ({
    directDependents: pred.offsets[v + 1] - pred.offsets[v],
    transitiveDependents: dependents[v],
    transitiveDependencies,
    exclusiveWeight: Math.max(0, tree.size[v] - 1),
    exclusiveModules: dominated(tree, v),
  }));
}

/** The value of one metric (null when its input is missing). */
export function metricValue(h: HotMetrics, metric: HotMetric): number | null {
  switch (metric) {
    case 'importingPackages': return h.importingPackages;
    case 'importDirectDependents': return h.imports?.directDependents ?? null;
    case 'importTransitiveDependents': return h.imports?.transitiveDependents ?? null;
    case 'importExclusiveWeight': return h.imports?.exclusiveWeight ?? null;
    default: return h[metric];
  }
}

/** Modules ranked by a metric, highest first (ties by id, missing values last), without the `skip` ids (e.g. main modules). */
export function rankHot(hot: readonly HotMetrics[], metric: HotMetric, skip: readonly number[] = []): HotMetrics[] {
  const skipped = new Set(skip);
  const value = (h: HotMetrics) => metricValue(h, metric) ?? -1;
  return hot.filter((h) => !skipped.has(h.id)).sort((a, b) => value(b) - value(a) || a.id - b.id);
}

// Distinct importing packages of other modules; a package's test variants count as the package.
function importingPackages(packages: PackageNode[], n: number): Int32Array {
  const counts = new Int32Array(n);
  const importers = new Map<string, number>();
  const seen = new Set<number>();
  for (const p of packages) {
    const path = testedPackage(p.importPath);
    let importer = importers.get(path);
    if (importer === undefined) importers.set(path, (importer = importers.size));
    for (const q of p.imports) {
      const m = packages[q].module;
      if (m < 0 || m === p.module) continue;
      // Numbers, not strings: a large load has millions of import pairs.
      const key = importer * n + m;
      if (seen.has(key)) continue;
      seen.add(key);
      counts[m]++;
    }
  }
  return counts;
}

// `p [X.test]` -> p, and the external test `X_test [X.test]` -> X.
function testedPackage(importPath: string): string {
  const base = basePackagePath(importPath);
  return base !== importPath && base.endsWith('_test') ? base.slice(0, -'_test'.length) : base;
}
