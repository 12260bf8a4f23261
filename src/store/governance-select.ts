// Facts the governance views show, computed from the stores' data so the
// components only render.
import type { Analysis, Finding } from '../core/analysis';
import type { GraphDiff, VulnLevel, Vulnerability } from '../core/governance';
import type { GoGraph } from '../core/model/types';
import { vulnSummary } from './governance-marks';

export interface DiffCount {
  key: 'added' | 'removed' | 'upgraded' | 'downgraded' | 'edgesAdded' | 'edgesRemoved' | 'findingsNew' | 'findingsResolved' | 'hot';
  label: string;
  count: number;
}

/** The headline counts of a diff, in reading order. */
export function diffCounts(d: GraphDiff): DiffCount[] {
  const hot = d.hot.entered.length + d.hot.left.length + d.hot.movedUp.length + d.hot.movedDown.length;
  return [
    { key: 'added', label: 'Added', count: d.added.length },
    { key: 'removed', label: 'Removed', count: d.removed.length },
    { key: 'upgraded', label: 'Upgraded', count: d.upgraded.length },
    { key: 'downgraded', label: 'Downgraded', count: d.downgraded.length },
    { key: 'edgesAdded', label: 'Edges added', count: d.edgesAdded.length },
    { key: 'edgesRemoved', label: 'Edges removed', count: d.edgesRemoved.length },
    { key: 'findingsNew', label: 'New findings', count: d.findings?.added.length ?? 0 },
    { key: 'findingsResolved', label: 'Resolved findings', count: d.findings?.resolved.length ?? 0 },
    { key: 'hot', label: 'Hot-rank changes', count: hot },
  ];
}

export interface VulnView {
  vulnerabilities: Vulnerability[];
  counts: Record<VulnLevel, number>;
  /** Distinct modules with a finding (stdlib included). */
  modules: number;
  scanLevel: string | null;
}

/** The vulnerabilities of the loaded govulncheck output, with the called / imported / required split. */
export function vulnView(graph: GoGraph | null): VulnView | null {
  const summary = graph && vulnSummary(graph);
  if (!graph || !summary) return null;
  const counts: Record<VulnLevel, number> = { called: 0, imported: 0, required: 0 };
  for (const v of summary.vulnerabilities) counts[v.level]++;
  return {
    vulnerabilities: summary.vulnerabilities,
    counts,
    modules: summary.modules.filter((m) => m.vulnerable).length,
    scanLevel: graph.vulns?.config?.scanLevel ?? null,
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The policy violations of the loaded graph, errors first. */
export function policyViolations(analysis: Analysis | null): Finding[] {
  return (analysis?.findings ?? []).filter((f) => f.kind === 'policy-violation').sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Module id by path in the shown graph (for links from lists to the canvas). */
export function moduleIdByPath(graph: GoGraph | null, path: string): number | null {
  return graph?.modules.find((m) => m.path === path)?.id ?? null;
}
