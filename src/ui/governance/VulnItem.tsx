import type { Vulnerability } from '../../core/governance';
import type { VulnFrame } from '../../core/parse/types';

const LEVEL_BADGE = {
  called: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  imported: 'bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-200',
  required: 'bg-yellow-100 text-yellow-800 dark:bg-yellow-950 dark:text-yellow-200',
} as const;

function frame(f: VulnFrame): string {
  const name = f.function ? `${f.package ?? f.module}.${f.receiver ? `${f.receiver}.` : ''}${f.function}` : (f.package ?? f.module);
  const at = f.position?.filename ? ` (${f.position.filename}${f.position.line ? `:${f.position.line}` : ''})` : '';
  return `${name}${at}`;
}

/** One vulnerability: id, aliases, summary, where, the fix, and how it is reached. */
export function VulnItem({ v }: { v: Vulnerability }) {
  return (
    <li className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${LEVEL_BADGE[v.level]}`}>{v.level}</span>
        <span className="font-mono font-semibold">{v.id}</span>
        {v.aliases.length > 0 && <span className="font-mono text-[11px] text-slate-500 dark:text-slate-400">{v.aliases.join(', ')}</span>}
      </p>
      {v.summary && <p className="mt-0.5">{v.summary}</p>}
      <p className="mt-0.5 font-mono text-[11.5px] text-slate-600 dark:text-slate-300">
        {v.module}@{v.foundVersion || '?'} · fixed in {v.fixedVersion || 'no release yet'}
      </p>
      {v.path && v.path.length > 1 && <p className="mt-0.5 break-all text-[11.5px] text-slate-500 dark:text-slate-400">via {v.path.join(' → ')}</p>}
      {v.level === 'called' && v.trace.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs font-medium text-sky-700 dark:text-sky-300">Call trace ({v.trace.length} frames)</summary>
          <ol className="mt-1 flex flex-col gap-0.5 border-l-2 border-slate-200 pl-2 font-mono text-[11px] dark:border-slate-700">
            {[...v.trace].reverse().map((f, i) => <li key={i} className="break-all">{frame(f)}</li>)}
          </ol>
        </details>
      )}
    </li>
  );
}
