// A diff as pull-request Markdown: one summary line, then a table per kind of change.
import { toMarkdown } from '../export/tables';
import type { GraphDiff } from './diff';
import type { RankChange } from './hot-rank';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary line alone (also the first line of diffToMarkdown). */
export function diffSummary(diff: GraphDiff): string {
  const parts = [
    `${plural(diff.added.length, 'module')} added, ${diff.removed.length} removed, ${diff.upgraded.length} upgraded, ${diff.downgraded.length} downgraded`,
    `${plural(diff.edgesAdded.length, 'requirement edge')} added, ${diff.edgesRemoved.length} removed`,
  ];
  if (diff.findings) parts.push(`${plural(diff.findings.added.length, 'new finding')}, ${diff.findings.resolved.length} resolved`);
  const hot = diff.hot;
  const moves = hot.entered.length + hot.left.length + hot.movedUp.length + hot.movedDown.length;
  parts.push(moves === 0 ? `hot-library top ${hot.topN} unchanged` : `${plural(moves, 'change')} in the hot-library top ${hot.topN}`);
  return `**Dependency diff:** ${parts.join('; ')}.`;
}

/** GitHub Markdown for a pull request: the summary line and tables of modules, edges, findings and hot-library moves. */
export function diffToMarkdown(diff: GraphDiff): string {
  const sections = [diffSummary(diff)];
  const modules = [
    ...diff.added.map((m) => ['added', m.path, '', m.version]),
    ...diff.removed.map((m) => ['removed', m.path, m.version, '']),
    ...diff.upgraded.map((m) => ['upgraded', m.path, m.before, m.after]),
    ...diff.downgraded.map((m) => ['downgraded', m.path, m.before, m.after]),
  ];
  if (modules.length > 0) sections.push(`#### Modules\n\n${toMarkdown({ columns: ['change', 'module', 'before', 'after'], rows: modules })}`);
  const edges = [...diff.edgesAdded.map((e) => ['added', e.from, e.to]), ...diff.edgesRemoved.map((e) => ['removed', e.from, e.to])];
  if (edges.length > 0) sections.push(`#### Requirement edges\n\n${toMarkdown({ columns: ['change', 'from', 'requires'], rows: edges })}`);
  const findings = diff.findings ? [
    ...diff.findings.added.map((f) => ['new', f.severity, f.kind, f.modules.join(', '), f.message]),
    ...diff.findings.resolved.map((f) => ['resolved', f.severity, f.kind, f.modules.join(', '), f.message]),
  ] : [];
  if (findings.length > 0) sections.push(`#### Findings\n\n${toMarkdown({ columns: ['change', 'severity', 'kind', 'modules', 'message'], rows: findings })}`);
  const hot = diff.hot;
  const rank = (label: string) => (c: RankChange) => [label, c.path, c.before?.rank ?? null, c.after?.rank ?? null, c.before?.dependents ?? null, c.after?.dependents ?? null];
  const moves = [...hot.entered.map(rank('entered')), ...hot.left.map(rank('left')), ...hot.movedUp.map(rank('up')), ...hot.movedDown.map(rank('down'))];
  if (moves.length > 0) {
    const columns = ['change', 'module', 'rank before', 'rank after', 'dependents before', 'dependents after'];
    sections.push(`#### Hot libraries (top ${hot.topN} by transitive dependents)\n\n${toMarkdown({ columns, rows: moves })}`);
  }
  return `${sections.join('\n\n')}\n`;
}
