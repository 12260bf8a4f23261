// The analysis entry points: everything for one graph, and "why" for one module.
import { appendAll } from '../append';
import type { GoGraph } from '../model/types';
import { FINDING_RULES } from './findings';
import { hotMetrics } from './hot';
import { shortestImportPath, whyPackageGraph } from './import-path';
import { markedIds, reachableFrom } from './reachability';
import type { Analysis, Finding, WhyResult } from './types';
import { countSimplePaths, PATH_CAP, shortestPath } from './why-paths';

export type * from './types';
export { FINDING_RULES, LIBRARY_FAMILIES, type FindingRule, type LibraryFamily } from './findings';
export { rankHot, metricValue, type HotMetric } from './hot';
export { PATH_CAP } from './why-paths';

/** Hot-library metrics and every finding whose inputs are loaded; `available` says what ran and what is missing. */
export function analyze(graph: GoGraph): Analysis {
  const available: Analysis['available'] = {
    hot: graph.modules.length > 0 ? true : 'add `go list -m -json all` or `go mod graph`',
    'exclusive-weight': graph.requires.targets.length > 0 ? true : 'add `go mod graph`',
    'import-metrics': graph.imports ? true : 'add `go list -e -deps -test -json ./...`',
  };
  const findings: Finding[] = [];
  for (const rule of FINDING_RULES) {
    const ready = rule.available(graph);
    available[rule.kind] = ready;
    if (ready === true) appendAll(findings, rule.find(graph));
  }
  return { hot: hotMetrics(graph), findings, available };
}

/** Why module `id` is in the graph: shortest requirement and import paths, path count, dependents. */
export function whyModule(graph: GoGraph, id: number, cap = PATH_CAP): WhyResult {
  const { requires, requiredBy } = graph;
  const paths = countSimplePaths(requires, requiredBy, graph.mainIds, id, cap);
  const packages = whyPackageGraph(graph);
  return {
    id,
    requirementPath: shortestPath(requires, graph.mainIds, id),
    importPath: packages ? shortestImportPath(packages, id) : null,
    pathCount: paths.count,
    pathCountCapped: paths.capped,
    directDependents: Array.from(requiredBy.targets.subarray(requiredBy.offsets[id], requiredBy.offsets[id + 1])),
    dependents: markedIds(reachableFrom(requiredBy, [id]), id),
  };
}
