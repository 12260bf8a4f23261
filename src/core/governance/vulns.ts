// govulncheck's findings folded per vulnerability, at the most precise level
// reached (GO-FORMATS 6), with the requirement path to the vulnerable module.
import type { GoGraph } from '../model/types';
import type { GovulncheckReport, VulnFinding, VulnFrame } from '../parse/types';
import { firstFixedVersion } from './osv-affects';
import { pathTo, requirementTree } from './requirement-tree';

/** How far govulncheck got: the vulnerable symbol is called, its package imported, or its module only required. */
export type VulnLevel = 'called' | 'imported' | 'required';

export interface Vulnerability {
  id: string;
  aliases: string[];
  summary: string;
  /** Module of the vulnerable code (`stdlib` for the standard library), as govulncheck names it. */
  module: string;
  foundVersion: string;
  /** The lowest release that the whole OSV entry leaves unaffected; empty when none does. */
  fixedVersion: string;
  /** What govulncheck printed as `fixed_version` (from one `affected` block only). */
  reportedFixedVersion: string;
  level: VulnLevel;
  /** The most precise finding's trace: vulnerable frame first, entry point last. */
  trace: VulnFrame[];
  /** Module paths from the main module to `module`; null for stdlib or a module not in the graph. */
  path: string[] | null;
}

/** Distinct vulnerabilities of one module, counted at their most precise level for that module. */
export interface ModuleVulns {
  module: string;
  /** Module id, or -1 (stdlib, or not in the graph). */
  id: number;
  vulnerable: boolean;
  called: number;
  imported: number;
  required: number;
}

export interface VulnSummary {
  /** One per OSV id with a finding, most precise first, then by id. */
  vulnerabilities: Vulnerability[];
  /** Every non-main module of the graph, plus stdlib and other modules govulncheck names; vulnerable ones first. */
  modules: ModuleVulns[];
}

const RANK: Record<VulnLevel, number> = { required: 0, imported: 1, called: 2 };

/** The level of a finding, from its first trace frame. */
export function findingLevel(f: VulnFinding): VulnLevel {
  const top = f.trace[0];
  return top?.function ? 'called' : top?.package ? 'imported' : 'required';
}

/** Summarises `graph.vulns`; null when no govulncheck output was loaded. */
export function summarizeVulns(graph: GoGraph): VulnSummary | null {
  const report = graph.vulns;
  if (!report) return null;
  const byId = mostPrecise(report.findings, (f) => f.osv);
  const byIdModule = mostPrecise(report.findings, (f) => `${f.osv} ${f.trace[0]?.module ?? ''}`);
  const tree = requirementTree(graph);
  const idOf = moduleIndex(graph);
  const vulnerabilities = [...byId.values()].map((f) => toVulnerability(report, f, (m) => {
    const id = idOf.get(m);
    return id === undefined ? null : pathTo(graph, tree, id);
  }));
  vulnerabilities.sort((a, b) => RANK[b.level] - RANK[a.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const modules = new Map<string, ModuleVulns>();
  for (const m of graph.modules) if (!m.main) modules.set(m.path, { module: m.path, id: m.id, vulnerable: false, called: 0, imported: 0, required: 0 });
  for (const f of byIdModule.values()) {
    const path = f.trace[0]?.module ?? '';
    let entry = modules.get(path);
    if (!entry) modules.set(path, (entry = { module: path, id: idOf.get(path) ?? -1, vulnerable: false, called: 0, imported: 0, required: 0 }));
    entry.vulnerable = true;
    entry[findingLevel(f)]++;
  }
  const ordered = [...modules.values()].sort((a, b) => Number(b.vulnerable) - Number(a.vulnerable) || (a.module < b.module ? -1 : 1));
  return { vulnerabilities, modules: ordered };
}

// Per key, the finding of the highest level; among equals the shortest trace, so the pick does not depend on message order.
function mostPrecise(findings: VulnFinding[], key: (f: VulnFinding) => string): Map<string, VulnFinding> {
  const best = new Map<string, VulnFinding>();
  for (const f of findings) {
    const k = key(f);
    const cur = best.get(k);
    if (!cur || better(f, cur)) best.set(k, f);
  }
  return best;
}

function better(a: VulnFinding, b: VulnFinding): boolean {
  const byLevel = RANK[findingLevel(a)] - RANK[findingLevel(b)];
  if (byLevel !== 0) return byLevel > 0;
  if (a.trace.length !== b.trace.length) return a.trace.length < b.trace.length;
  return JSON.stringify(a.trace) < JSON.stringify(b.trace);
}

// govulncheck names a replaced module by its replacement: map both to the graph's module.
function moduleIndex(graph: GoGraph): Map<string, number> {
  const index = new Map<string, number>();
  for (const m of graph.modules) if (m.replace && !index.has(m.replace.path)) index.set(m.replace.path, m.id);
  for (const m of graph.modules) index.set(m.path, m.id);
  return index;
}

function toVulnerability(report: GovulncheckReport, f: VulnFinding, path: (module: string) => string[] | null): Vulnerability {
  const osv = report.osv.find((o) => o.id === f.osv);
  const module = f.trace[0]?.module ?? '';
  const foundVersion = f.trace[0]?.version ?? '';
  const reported = f.fixedVersion ?? '';
  return {
    id: f.osv,
    aliases: osv?.aliases ?? [],
    summary: osv?.summary ?? '',
    module,
    foundVersion,
    fixedVersion: (osv && foundVersion && firstFixedVersion(osv, module, foundVersion)) || reported,
    reportedFixedVersion: reported,
    level: findingLevel(f),
    trace: f.trace,
    path: module === 'stdlib' ? null : path(module),
  };
}
