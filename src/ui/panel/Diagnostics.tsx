import { useState } from 'react';
import type { Diagnostic } from '../../core/parse/types';

const SHOWN = 20;
const LEVEL = {
  error: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
} as const;

/** What the parsers and the builder reported: level, where, and what. */
export function Diagnostics({ items }: { items: Diagnostic[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul aria-label="Diagnostics" className="flex flex-col gap-1.5">
        {shown.map((d, i) => (
          <li key={i} className="text-xs leading-snug">
            <span className={`mr-1.5 rounded px-1 py-px font-medium uppercase ${LEVEL[d.level]}`}>{d.level}</span>
            <span className="font-mono text-slate-500 dark:text-slate-400">
              {d.source}
              {d.line !== undefined && `:${d.line}`}
            </span>{' '}
            <span className="break-words">{d.message}</span>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
          Show all {items.length}
        </button>
      )}
    </>
  );
}
