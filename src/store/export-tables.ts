// The hot-libraries and findings tables as exported (CSV, Markdown), built
// from the analysis the worker computed with the graph.
import type { Analysis, HotMetric } from '../core/analysis';
import { metricValue, rankHot } from '../core/analysis';
import type { Table } from '../core/export';
import type { GoGraph } from '../core/model/types';

/** The metric hot libraries are ranked by when the caller names none. */
export const DEFAULT_HOT_METRIC: HotMetric = 'transitiveDependents';

const HOT_COLUMNS: [string, HotMetric][] = [
  ['direct dependents', 'directDependents'],
  ['transitive dependents', 'transitiveDependents'],
  ['transitive dependencies', 'transitiveDependencies'],
  ['exclusive weight', 'exclusiveWeight'],
  ['importing packages', 'importingPackages'],
];

/** Module ids ranked by a hot metric, main modules left out. */
export function hotRanking(graph: GoGraph, analysis: Analysis, metric: HotMetric = DEFAULT_HOT_METRIC): number[] {
  return rankHot(analysis.hot, metric, graph.mainIds).map((h) => h.id);
}

/** Hot libraries, highest first; `limit` keeps the first rows. */
export function hotTable(graph: GoGraph, analysis: Analysis, metric: HotMetric = DEFAULT_HOT_METRIC, limit = Infinity): Table {
  const ranked = rankHot(analysis.hot, metric, graph.mainIds).slice(0, limit);
  return {
    columns: ['rank', 'module', 'version', ...HOT_COLUMNS.map(([label]) => label)],
    rows: ranked.map((h, i) => {
      const m = graph.modules[h.id];
      return [i + 1, m.path, m.version, ...HOT_COLUMNS.map(([, key]) => metricValue(h, key))];
    }),
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings, errors first, then by kind and subject module. */
export function findingsTable(analysis: Analysis): Table {
  const sorted = [...analysis.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.kind.localeCompare(b.kind) || (a.modules[0] ?? '').localeCompare(b.modules[0] ?? ''),
  );
  return {
    columns: ['severity', 'kind', 'modules', 'message', 'fix'],
    rows: sorted.map((f) => [f.severity, f.kind, f.modules.join(' '), f.message, f.fix]),
  };
}

/** A file name stem from the main module path: `github.com/gin-gonic/gin` -> `gin`. */
export function fileStem(mainPath: string): string {
  const last = mainPath.split(/[,\s]/)[0].split('/').filter(Boolean).pop() ?? '';
  return last.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 60) || 'gotopo';
}
