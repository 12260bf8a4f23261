// Facts the analysis views show, derived from the graph and its analysis and
// memoised on them, so components only render and never walk the graph.
import { FINDING_RULES, metricValue } from '../core/analysis';
import type { Analysis, Finding, FindingKind, HotMetric, Severity } from '../core/analysis';
import { summarizeVulns } from '../core/governance';
import type { GoGraph } from '../core/model/types';
import type { SortDirection } from './analysis-slice';

/** The hot-library metrics the table, node size and hotness colour can use. */
export type HotColumn = Extract<HotMetric, 'directDependents' | 'transitiveDependents' | 'exclusiveWeight' | 'importingPackages'>;
export const HOT_COLUMNS: HotColumn[] = ['directDependents', 'transitiveDependents', 'exclusiveWeight', 'importingPackages'];

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function memo<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

export const moduleIndex = memo((graph: GoGraph) => new Map(graph.modules.map((m) => [m.path, m.id])));

/** Vulnerabilities per module id (distinct OSV ids); null when no govulncheck output was loaded. */
export const vulnCounts = memo((graph: GoGraph): Map<number, number> | null => {
  const summary = summarizeVulns(graph);
  if (!summary) return null;
  const counts = new Map<number, number>();
  for (const m of summary.modules) if (m.vulnerable && m.id >= 0) counts.set(m.id, m.called + m.imported + m.required);
  return counts;
});

export interface ModuleFindings {
  /** Per module id: indices into analysis.findings that name it. */
  byModule: Map<number, number[]>;
  /** Per module id: SEVERITY_RANK of its worst finding, 0 for none. */
  worst: Uint8Array;
}

const findingsIndex = new WeakMap<Analysis, ModuleFindings>();

/** Which findings name each module, and the worst severity per module. */
export function moduleFindings(graph: GoGraph, analysis: Analysis): ModuleFindings {
  let built = findingsIndex.get(analysis);
  if (built) return built;
  const byModule = new Map<number, number[]>();
  const worst = new Uint8Array(graph.modules.length);
  analysis.findings.forEach((f, i) => {
    for (const id of findingModuleIds(graph, f)) {
      byModule.set(id, [...(byModule.get(id) ?? []), i]);
      worst[id] = Math.max(worst[id], SEVERITY_RANK[f.severity]);
    }
  });
  findingsIndex.set(analysis, (built = { byModule, worst }));
  return built;
}

/** Module ids a finding names, in its order (paths not in the graph, such as stdlib, are left out). */
export function findingModuleIds(graph: GoGraph, f: Finding): number[] {
  const ids = moduleIndex(graph);
  return [...new Set(f.modules.map((p) => ids.get(p)).filter((id) => id !== undefined))];
}

export interface FindingGroup {
  kind: FindingKind;
  /** Indices into analysis.findings. */
  items: number[];
  worst: Severity;
}

/** Findings grouped by kind, in report order; only kinds with findings. */
export const findingGroups = memo((analysis: Analysis): FindingGroup[] => {
  const groups: FindingGroup[] = [];
  for (const rule of FINDING_RULES) {
    const items = analysis.findings.flatMap((f, i) => (f.kind === rule.kind ? [i] : []));
    if (items.length === 0) continue;
    const rank = Math.max(...items.map((i) => SEVERITY_RANK[analysis.findings[i].severity]));
    groups.push({ kind: rule.kind, items, worst: (['info', 'warning', 'error'] as const)[rank - 1] });
  }
  return groups;
});

/** Finding kinds that could not run, with what to add (from `analysis.available`). */
export const unavailableKinds = memo((analysis: Analysis): { kind: FindingKind; reason: string }[] =>
  FINDING_RULES.flatMap((r) => {
    const a = analysis.available[r.kind];
    return typeof a === 'string' ? [{ kind: r.kind, reason: a }] : [];
  }),
);

export interface HotRow {
  id: number;
  path: string;
  version: string;
  values: Record<HotColumn, number | null>;
  /** Distinct vulnerabilities; 0 when none or no govulncheck output. */
  vulns: number;
}

const hotRowsOf = new WeakMap<Analysis, HotRow[]>();

function allHotRows(graph: GoGraph, analysis: Analysis): HotRow[] {
  let rows = hotRowsOf.get(analysis);
  if (rows) return rows;
  const vulns = vulnCounts(graph);
  rows = analysis.hot
    .filter((h) => !graph.modules[h.id].main)
    .map((h) => ({
      id: h.id,
      path: graph.modules[h.id].path,
      version: graph.modules[h.id].version,
      values: Object.fromEntries(HOT_COLUMNS.map((c) => [c, metricValue(h, c)])) as HotRow['values'],
      vulns: vulns?.get(h.id) ?? 0,
    }));
  hotRowsOf.set(analysis, rows);
  return rows;
}

export interface HotTable {
  rows: HotRow[];
  /** Largest value of the sort column, for the bars. */
  max: number;
  total: number;
  vulnerable: number;
}

let lastTable: { key: unknown[]; table: HotTable } | null = null;

/** The hot-library table: main modules left out, vulnerable modules first, then by the column; filtered by path substring. */
export function hotTable(graph: GoGraph, analysis: Analysis, column: HotColumn, direction: SortDirection, filter: string): HotTable {
  const key = [analysis, column, direction, filter];
  if (lastTable && lastTable.key.every((k, i) => k === key[i])) return lastTable.table;
  const all = allHotRows(graph, analysis);
  const q = filter.trim().toLowerCase();
  const sign = direction === 'descending' ? -1 : 1;
  const value = (r: HotRow) => r.values[column] ?? -1;
  const rows = all
    .filter((r) => !q || r.path.toLowerCase().includes(q))
    .sort((a, b) => Number(b.vulns > 0) - Number(a.vulns > 0) || sign * (value(a) - value(b)) || a.id - b.id);
  const max = all.reduce((m, r) => Math.max(m, r.values[column] ?? 0), 0);
  const table = { rows, max, total: all.length, vulnerable: all.filter((r) => r.vulns > 0).length };
  lastTable = { key, table };
  return table;
}
