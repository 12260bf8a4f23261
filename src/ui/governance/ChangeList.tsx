import { useState } from 'react';
import type { ReactNode } from 'react';
import { actions } from '../../store';
import { moduleIdByPath } from '../../store/governance-select';
import { useApp } from '../use-app';

const SHOWN = 40;

export interface ChangeRow {
  key: string;
  /** The module the row is about: a link to it when the graph shows it. */
  path: string;
  /** A sign in words or symbols before the path, so colour is not the only signal. */
  sign?: string;
  text?: ReactNode;
  note?: string;
}

/** Rows of changed things; a module shown on the graph is a button that selects it. */
export function ChangeList({ label, rows }: { label: string; rows: ChangeRow[] }) {
  const graph = useApp((s) => s.graph);
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">None</p>;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <>
      <ul aria-label={label} className="flex flex-col">
        {shown.map((r) => {
          const id = moduleIdByPath(graph, r.path);
          const body = (
            <>
              {r.sign && <span aria-hidden="true" className="w-4 shrink-0 font-mono text-slate-500">{r.sign}</span>}
              <span className={`min-w-0 flex-1 break-all font-mono text-[12px] ${id !== null ? 'text-sky-700 dark:text-sky-300' : ''}`}>{r.text ?? r.path}</span>
              {r.note && <span className="shrink-0 font-mono text-[11px] text-slate-500 dark:text-slate-400">{r.note}</span>}
            </>
          );
          return (
            <li key={r.key}>
              {id !== null ? (
                <button type="button" onClick={() => actions.select(id)} className="flex w-full items-baseline gap-2 rounded px-1.5 py-0.5 text-left hover:bg-slate-100 dark:hover:bg-slate-800">
                  {body}
                </button>
              ) : (
                <div className="flex items-baseline gap-2 px-1.5 py-0.5">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {rows.length > shown.length && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 px-1.5 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
          Show all {rows.length}
        </button>
      )}
    </>
  );
}
