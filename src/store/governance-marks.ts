// What the graph marks for governance: per module its diff change, its worst
// vulnerability level and its policy violations; per edge its diff change.
// Pure functions of the loaded data, so the canvas only applies them.
import type { Analysis, Severity } from '../core/analysis';
import { summarizeVulns } from '../core/governance';
import type { VulnLevel, VulnSummary } from '../core/governance';
import type { GoGraph } from '../core/model/types';
import type { Comparison, Side } from './governance-store';

export type DiffChange = 'added' | 'removed' | 'upgraded' | 'downgraded';

export interface ModuleMark {
  diff?: DiffChange;
  /** "v1.2.0 → v1.3.0" for a version change. */
  diffNote?: string;
  vuln?: VulnLevel;
  vulnCount?: number;
  policy?: Severity;
  policyCount?: number;
}

export interface EdgeMark {
  from: number;
  to: number;
  change: 'added' | 'removed';
}

export interface GovernanceMarks {
  modules: Map<number, ModuleMark>;
  edges: EdgeMark[];
  /** Which overlays have anything to show (the legend lists only these). */
  diff: boolean;
  vulns: boolean;
  policy: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

// summarizeVulns walks the graph: once per graph is enough.
const vulnCache = new WeakMap<GoGraph, VulnSummary | null>();

/** summarizeVulns, cached per graph. */
export function vulnSummary(graph: GoGraph): VulnSummary | null {
  if (!vulnCache.has(graph)) vulnCache.set(graph, summarizeVulns(graph));
  return vulnCache.get(graph)!;
}

export function vulnLevelOf(v: { called: number; imported: number }): VulnLevel {
  return v.called > 0 ? 'called' : v.imported > 0 ? 'imported' : 'required';
}

export function governanceMarks(graph: GoGraph, analysis: Analysis | null, compare: Comparison | null, side: Side | null): GovernanceMarks {
  const modules = new Map<number, ModuleMark>();
  const idOf = new Map(graph.modules.map((m) => [m.path, m.id]));
  const mark = (id: number) => modules.get(id) ?? (modules.set(id, {}), modules.get(id)!);
  const edges: EdgeMark[] = [];

  if (compare && side) {
    const d = compare.diff;
    const own = side === 'after' ? d.added.map((m) => ({ path: m.path, change: 'added' as const })) : d.removed.map((m) => ({ path: m.path, change: 'removed' as const }));
    for (const { path, change } of own) if (idOf.has(path)) mark(idOf.get(path)!).diff = change;
    for (const change of ['upgraded', 'downgraded'] as const) {
      for (const m of d[change]) {
        const id = idOf.get(m.path);
        if (id === undefined) continue;
        Object.assign(mark(id), { diff: change, diffNote: `${m.before} → ${m.after}` });
      }
    }
    for (const e of side === 'after' ? d.edgesAdded : d.edgesRemoved) {
      const [from, to] = [idOf.get(e.from), idOf.get(e.to)];
      if (from !== undefined && to !== undefined) edges.push({ from, to, change: side === 'after' ? 'added' : 'removed' });
    }
  }

  const vulns = vulnSummary(graph);
  for (const v of vulns?.modules ?? []) {
    if (!v.vulnerable || v.id < 0) continue;
    Object.assign(mark(v.id), { vuln: vulnLevelOf(v), vulnCount: v.called + v.imported + v.required });
  }

  let policy = false;
  for (const f of analysis?.findings ?? []) {
    if (f.kind !== 'policy-violation') continue;
    policy = true;
    const id = idOf.get(f.modules[0] ?? '');
    if (id === undefined || graph.modules[id].main) continue;
    const m = mark(id);
    m.policyCount = (m.policyCount ?? 0) + 1;
    if (!m.policy || SEVERITY_RANK[f.severity] > SEVERITY_RANK[m.policy]) m.policy = f.severity;
  }
  return { modules, edges, diff: side !== null, vulns: vulns !== null, policy };
}

const DIFF_SIGN: Record<DiffChange, string> = { added: '+', removed: '−', upgraded: '↑', downgraded: '↓' };

/** The node label with its marks in words and signs, so colour is never the only signal. */
export function markedLabel(path: string, version: string, m: ModuleMark): string {
  const signs = [m.diff && DIFF_SIGN[m.diff], m.vuln && '⚠', m.policy && '⛔'].filter(Boolean).join('');
  const notes = [
    m.diff && (m.diffNote ? `${m.diff} ${m.diffNote}` : `${m.diff} ${version}`),
    m.vuln && `${m.vulnCount} vuln${m.vulnCount === 1 ? '' : 's'}${m.vuln === 'called' ? ', called' : ''}`,
    m.policy && `policy ${m.policy}`,
  ].filter(Boolean);
  const second = [m.diff ? '' : version, ...notes].filter(Boolean).join(' · ');
  return `${signs} ${path}\n${second}`;
}
