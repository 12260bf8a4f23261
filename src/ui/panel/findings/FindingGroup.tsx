import { useState } from 'react';
import type { FindingGroup as Group } from '../../../store/analysis-select';
import { findingModuleIds } from '../../../store/analysis-select';
import { useApp } from '../../use-app';
import { Backticks } from './Backticks';
import { FindingItem } from './FindingItem';
import { KIND_INFO } from './kind-info';
import { SeverityIcon } from './SeverityIcon';

const SHOWN = 30;

/** One kind of finding: a collapsible group with its count, what the kind means, and its findings. */
export function FindingGroup({ group, open: initiallyOpen }: { group: Group; open: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const [all, setAll] = useState(false);
  const graph = useApp((s) => s.graph);
  const findings = useApp((s) => s.analysis?.findings);
  const lit = useApp((s) => s.litFinding);
  if (!graph || !findings) return null;
  const items = all ? group.items : group.items.slice(0, SHOWN);
  return (
    <section aria-label={`${group.kind} findings`} className="mb-2 rounded-lg border border-slate-200 dark:border-slate-700">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="flex w-full items-start gap-2 rounded-lg px-2.5 py-2 text-left hover:bg-slate-50 dark:hover:bg-slate-800/60"
        >
          <span aria-hidden="true" className="mt-0.5 w-3 shrink-0 text-xs text-slate-500">{open ? '▾' : '▸'}</span>
          <span className="min-w-0 flex-1">
            <span className="flex items-center gap-2">
              <span className="font-mono text-[13px] font-semibold">{group.kind}</span>
              <span className="rounded-full bg-slate-100 px-1.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">{group.items.length}</span>
              <span className="ml-auto"><SeverityIcon severity={group.worst} compact /></span>
            </span>
            <span className="mt-0.5 block text-xs font-normal text-slate-600 dark:text-slate-300"><Backticks text={KIND_INFO[group.kind]} /></span>
          </span>
        </button>
      </h2>
      {open && (
        <div className="px-2.5 pb-2.5">
          <ul className="flex flex-col gap-2">
            {items.map((i) => (
              <FindingItem key={i} index={i} finding={findings[i]} ids={findingModuleIds(graph, findings[i])} lit={lit === i} />
            ))}
          </ul>
          {group.items.length > items.length && (
            <button type="button" onClick={() => setAll(true)} className="mt-1.5 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
              Show all {group.items.length}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
