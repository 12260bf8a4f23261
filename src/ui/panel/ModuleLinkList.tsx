import { useState } from 'react';
import { actions } from '../../store';
import { useApp } from '../use-app';

const SHOWN = 50;

/** Modules as buttons: clicking one selects it. Long lists show the first few until asked. */
export function ModuleLinkList({ ids, label, note }: { ids: number[]; label: string; note?: (id: number) => string }) {
  const modules = useApp((s) => s.graph?.modules);
  const [all, setAll] = useState(false);
  if (!modules) return null;
  if (ids.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">None</p>;
  const shown = all ? ids : ids.slice(0, SHOWN);
  return (
    <>
      <ul aria-label={label} className="flex flex-col">
        {shown.map((id) => (
          <li key={id}>
            <button
              type="button"
              onClick={() => actions.select(id)}
              className="flex w-full items-baseline justify-between gap-3 rounded px-1.5 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              <span className="min-w-0 flex-1 truncate font-mono text-[12.5px] text-sky-700 dark:text-sky-300">{modules[id].path}</span>
              <span className="max-w-[45%] shrink-0 truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">{note ? note(id) : modules[id].version}</span>
            </button>
          </li>
        ))}
      </ul>
      {ids.length > shown.length && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 px-1.5 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
          Show all {ids.length}
        </button>
      )}
    </>
  );
}
