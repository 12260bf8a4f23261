// Vulnerabilities as findings of kind 'vulnerable', one per OSV id.
import type { Finding, Severity } from '../analysis/types';
import type { GoGraph } from '../model/types';
import type { VulnFrame } from '../parse/types';
import { summarizeVulns, type Vulnerability, type VulnLevel } from './vulns';

const SEVERITY: Record<VulnLevel, Severity> = { called: 'error', imported: 'warning', required: 'info' };
const WHAT: Record<VulnLevel, string> = {
  called: 'vulnerable code is called',
  imported: 'a vulnerable package is imported, no vulnerable symbol is called',
  required: 'required at an affected version, no vulnerable package is imported',
};

/** Findings of kind 'vulnerable' from the loaded govulncheck output; empty without it. */
export function vulnFindings(graph: GoGraph): Finding[] {
  const summary = summarizeVulns(graph);
  if (!summary) return [];
  const level = graph.vulns?.config?.scanLevel;
  // Below symbol level govulncheck cannot tell "called" from "imported" (or "imported" from "required").
  const caveat = level && level !== 'symbol' ? `govulncheck ran at ${level} level: it did not check whether vulnerable code is ${level === 'module' ? 'imported or ' : ''}called` : undefined;
  return summary.vulnerabilities.map((v) => {
    const finding: Finding = {
      kind: 'vulnerable',
      severity: SEVERITY[v.level],
      modules: [v.module],
      message: `${v.module}@${v.foundVersion} has ${v.id} (${WHAT[v.level]}): ${v.summary}`,
      evidence: evidence(v),
      fix: fix(v),
      inputs: ['govulncheck'],
    };
    if (caveat && v.level !== 'called') finding.caveat = caveat;
    return finding;
  });
}

function evidence(v: Vulnerability): string[] {
  const lines = [`${v.id}${v.aliases.length ? ` (${v.aliases.join(', ')})` : ''}: found in ${v.module}@${v.foundVersion}, fixed in ${v.fixedVersion || 'no release yet'}`];
  if (v.reportedFixedVersion && v.reportedFixedVersion !== v.fixedVersion) {
    lines.push(`govulncheck reports fixed in ${v.reportedFixedVersion}, but another range of ${v.id} still covers that version`);
  }
  if (v.level !== 'required') lines.push(`trace: ${v.trace.map(frameText).join(' <- ')}`);
  if (v.path) lines.push(`required via ${v.path.join(' -> ')}`);
  return lines;
}

function frameText(f: VulnFrame): string {
  const name = f.function ? `${f.package ?? f.module}.${f.receiver ? `${f.receiver}.` : ''}${f.function}` : (f.package ?? f.module);
  const at = f.position?.filename ? ` (${f.position.filename}${f.position.line ? `:${f.position.line}` : ''})` : '';
  return `${name}${at}`;
}

function fix(v: Vulnerability): string {
  if (!v.fixedVersion && v.module === 'stdlib') return 'no fixed Go release yet: avoid the vulnerable code';
  if (!v.fixedVersion) return `no fixed version of ${v.module} yet: avoid the vulnerable code, or drop it (go get ${v.module}@none)`;
  if (v.module === 'stdlib') return `upgrade Go to go${v.fixedVersion.replace(/^v/, '')}`;
  return `go get ${v.module}@${v.fixedVersion}`;
}
