import type { Finding } from '../../core/analysis';
import type { GraphDiff, RankChange } from '../../core/governance';
import type { Side } from '../../store/governance';
import { Section } from '../panel/Section';
import { ChangeList } from './ChangeList';
import type { ChangeRow } from './ChangeList';

const findingRows = (list: Finding[], sign: string): ChangeRow[] =>
  list.map((f, i) => ({ key: `${i}`, path: f.modules[0] ?? '', sign, text: <>[{f.severity}] {f.kind}: {f.message}</> }));

const rank = (c: RankChange, sign: string): ChangeRow => ({
  key: c.path,
  path: c.path,
  sign,
  note: `#${c.before?.rank ?? '–'} → #${c.after?.rank ?? '–'}`,
});

/** Every change of the diff, by kind; what the graph cannot show on this side is said. */
export function DiffLists({ diff, side }: { diff: GraphDiff; side: Side | null }) {
  const edges = [
    ...diff.edgesAdded.map((e) => ({ key: `+${e.from} ${e.to}`, path: e.from, sign: '+', text: <>{e.from} → {e.to}</> })),
    ...diff.edgesRemoved.map((e) => ({ key: `-${e.from} ${e.to}`, path: e.from, sign: '−', text: <>{e.from} → {e.to}</> })),
  ];
  const hot = [
    ...diff.hot.entered.map((c) => rank(c, '+')),
    ...diff.hot.left.map((c) => rank(c, '−')),
    ...diff.hot.movedUp.map((c) => rank(c, '↑')),
    ...diff.hot.movedDown.map((c) => rank(c, '↓')),
  ];
  const hidden = side === 'after' ? diff.removed.length : side === 'before' ? diff.added.length : 0;
  return (
    <>
      {hidden > 0 && (
        <p className="mb-3 rounded-md bg-slate-100 px-2 py-1.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          {hidden} {side === 'after' ? 'removed' : 'added'} module{hidden === 1 ? ' is' : 's are'} not in the {side} graph: show {side === 'after' ? 'Before' : 'After'} to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
      <Section title="Added modules" count={diff.added.length} level={3}>
        <ChangeList label="Added modules" rows={diff.added.map((m) => ({ key: m.path, path: m.path, sign: '+', note: m.version }))} />
      </Section>
      <Section title="Removed modules" count={diff.removed.length} level={3}>
        <ChangeList label="Removed modules" rows={diff.removed.map((m) => ({ key: m.path, path: m.path, sign: '−', note: m.version }))} />
      </Section>
      <Section title="Upgraded" count={diff.upgraded.length} level={3}>
        <ChangeList label="Upgraded modules" rows={diff.upgraded.map((m) => ({ key: m.path, path: m.path, sign: '↑', note: `${m.before} → ${m.after}` }))} />
      </Section>
      <Section title="Downgraded" count={diff.downgraded.length} level={3}>
        <ChangeList label="Downgraded modules" rows={diff.downgraded.map((m) => ({ key: m.path, path: m.path, sign: '↓', note: `${m.before} → ${m.after}` }))} />
      </Section>
      <Section title="Requirement edges" count={edges.length} level={3}>
        <ChangeList label="Changed requirement edges" rows={edges} />
      </Section>
      {diff.findings && (
        <>
          <Section title="New findings" count={diff.findings.added.length} level={3}>
            <ChangeList label="New findings" rows={findingRows(diff.findings.added, '+')} />
          </Section>
          <Section title="Resolved findings" count={diff.findings.resolved.length} level={3}>
            <ChangeList label="Resolved findings" rows={findingRows(diff.findings.resolved, '✓')} />
          </Section>
        </>
      )}
      <Section title={`Hot libraries (top ${diff.hot.topN})`} count={hot.length} level={3}>
        <ChangeList label="Hot-ranking changes" rows={hot} />
      </Section>
    </>
  );
}
