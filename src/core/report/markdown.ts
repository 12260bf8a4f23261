// The report as Markdown for PR comments and CI logs. All text comes from
// inputs, so it goes through table cells (escaped by toMarkdown) or mdInline.
import { stripControl } from '../export/escape';
import { toMarkdown } from '../export/tables';
import type { Report, ReportFinding } from './types';

const HOT_ROWS = 15;
// Keeps a PR comment well under GitHub's 65,536-character limit on a large graph.
const FINDING_ROWS_PER_KIND = 40;
const DIAGNOSTIC_ROWS = 10;

/** A readable summary: counts, inputs, the top hot libraries, findings by kind with their fixes, diagnostics. */
export function reportToMarkdown(report: Report): string {
  const title = report.mainModules.length > 0 ? report.mainModules.map(mdInline).join(', ') : 'no main module';
  const out = [`## gotopo report: ${title}`, '', summaryLine(report), ''];
  if (report.inputs.length > 0) out.push(`Inputs: ${report.inputs.map((i) => `${mdInline(i.source)} (${i.count} ${i.unit})`).join(', ')}.`, '');
  if (report.missingInputs.length > 0) {
    out.push('Missing inputs:', '', ...report.missingInputs.map((m) => `- \`${m.command}\`: ${m.adds}`), '');
  }
  out.push(...hotSection(report), ...findingsSection(report.findings), ...diagnosticsSection(report));
  return `${out.join('\n').trimEnd()}\n`;
}

function summaryLine(report: Report): string {
  const c = report.counts;
  const parts = [`**${c.modules} modules**`, `${c.requireEdges} requirement edges`];
  if (c.importEdges !== null) parts.push(`${c.importEdges} import edges`);
  if (c.packages !== null) parts.push(`${c.packages} packages`);
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => (s === 'info' ? `${n} info` : plural(n, s)));
  const findings = report.findings.length === 0 ? 'no findings' : `${plural(report.findings.length, 'finding')} (${bySeverity.join(', ')})`;
  return `${parts.join(', ')}; ${findings}.`;
}

function hotSection(report: Report): string[] {
  if (report.hot.length === 0) return [];
  const top = report.hot.slice(0, HOT_ROWS);
  const table = toMarkdown({
    columns: ['#', 'module', 'version', 'direct dependents', 'transitive dependents', 'exclusive weight', 'importing packages'],
    rows: top.map((h, i) => [i + 1, h.path, h.version, h.directDependents, h.transitiveDependents, h.exclusiveWeight, h.importingPackages ?? 'n/a']),
  });
  return [`### Hot base libraries (top ${top.length} of ${report.hot.length}, by transitive dependents)`, '', table];
}

function findingsSection(findings: ReportFinding[]): string[] {
  if (findings.length === 0) return ['### Findings', '', 'No findings.', ''];
  const byKind = new Map<string, ReportFinding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const out = ['### Findings', ''];
  for (const [kind, list] of byKind) {
    const shown = list.slice(0, FINDING_ROWS_PER_KIND);
    out.push(`#### ${kind} (${list.length})`, '');
    out.push(toMarkdown({
      columns: ['severity', 'module', 'message', 'fix'],
      rows: shown.map((f) => [f.severity, f.modules.join(', '), f.caveat ? `${f.message} (caveat: ${f.caveat})` : f.message, f.fix]),
    }));
    if (list.length > shown.length) out.push(`... and ${list.length - shown.length} more: see the JSON report (\`gotopo analyze --format json\`).`, '');
  }
  return out;
}

function diagnosticsSection(report: Report): string[] {
  const shown = report.diagnostics.filter((d) => d.level !== 'info').slice(0, DIAGNOSTIC_ROWS);
  if (shown.length === 0) return [];
  const total = report.diagnostics.filter((d) => d.level !== 'info').length;
  const lines = shown.map((d) => `- ${d.level}: ${mdInline(d.source)}${d.line !== null ? ` line ${d.line}` : ''}: ${mdInline(d.message)}`);
  if (total > shown.length) lines.push(`- ... and ${total - shown.length} more`);
  return [`### Input problems (${total})`, '', ...lines, ''];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text from inputs as inert inline Markdown: no links, emphasis, code spans or HTML. */
export function mdInline(text: string): string {
  return stripControl(text)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
