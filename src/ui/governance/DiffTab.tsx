import { diffSummary } from '../../core/governance';
import { governanceActions, shownSide } from '../../store/governance';
import type { Side } from '../../store/governance';
import { diffCounts } from '../../store/governance-select';
import { secondaryButton } from '../common/button';
import { Section } from '../panel/Section';
import { useApp } from '../use-app';
import { DiffExport } from './DiffExport';
import { DiffLists } from './DiffLists';
import { useGov } from './use-governance';

const SIDES: Side[] = ['before', 'after'];

/** The comparison of two snapshots: counts, which side the graph shows, exports and the changes. */
export function DiffTab() {
  const compare = useGov((s) => s.compare);
  const graph = useApp((s) => s.graph);
  if (!compare) return <p className="text-sm text-slate-500 dark:text-slate-400">No comparison: use Compare… in the top bar.</p>;
  const side = shownSide(compare, graph);
  const { diff } = compare;
  return (
    <div>
      <Section title="Comparison">
        <p className="mb-2 text-sm">
          <span className="font-mono text-[12.5px]">{compare.before.label}</span>
          <span className="mx-1.5 text-slate-400" aria-hidden="true">→</span>
          <span className="sr-only"> compared with </span>
          <span className="font-mono text-[12.5px]">{compare.after.label}</span>
        </p>
        <p className="mb-3 text-xs text-slate-600 dark:text-slate-300">{diffSummary(diff).replace(/\*\*/g, '')}</p>
        <ul aria-label="Diff counts" className="mb-3 grid grid-cols-3 gap-1.5">
          {diffCounts(diff).map((c) => (
            <li key={c.key} className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700">
              <span className="block text-lg font-semibold leading-tight">{c.count}</span>{' '}
              <span className="block text-[11px] text-slate-500 dark:text-slate-400">{c.label}</span>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-2">
          <div role="group" aria-label="Graph shows" className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
            {SIDES.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={side === s}
                onClick={() => governanceActions.showSide(s)}
                className="px-2.5 py-1 text-sm capitalize aria-pressed:bg-sky-700 aria-pressed:text-white dark:aria-pressed:bg-sky-500 dark:aria-pressed:text-slate-950"
              >
                {s}
              </button>
            ))}
          </div>
          <button type="button" className={secondaryButton} onClick={governanceActions.endCompare}>
            End comparison
          </button>
        </div>
        {side === null && <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">The graph shows neither side: pick Before or After to mark the changes on it.</p>}
      </Section>
      <DiffExport diff={diff} />
      <DiffLists diff={diff} side={side} />
    </div>
  );
}
