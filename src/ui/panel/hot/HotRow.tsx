import type { CSSProperties } from 'react';
import { actions } from '../../../store';
import type { HotRow as Row } from '../../../store/analysis-select';
import { COLUMNS } from './hot-columns';
import { GRID } from './HotHeader';
import { formatCount } from '../../../core/format-count';

const fmt = (v: number | null) => (v === null ? '—' : formatCount(v));

/** One module: its path, a bar for the sorted metric, and every metric. */
export function HotRow({ row, index, max, sortColumn, selected, style }: {
  row: Row;
  index: number;
  max: number;
  sortColumn: (typeof COLUMNS)[number]['id'];
  selected: boolean;
  style: CSSProperties;
}) {
  const value = row.values[sortColumn] ?? 0;
  const share = max > 0 ? value / max : 0;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => actions.focusModule(row.id)}
      style={style}
      className={`${GRID} cursor-pointer grid-rows-[auto_auto] gap-x-1 border-b border-slate-100 px-0 py-1 dark:border-slate-800 ${
        selected ? 'bg-sky-50 dark:bg-sky-950/60' : 'hover:bg-slate-50 dark:hover:bg-slate-800/60'
      }`}
    >
      <div role="cell" className="col-span-5 flex min-w-0 items-center gap-2 px-1.5">
        <button
          type="button"
          title={`${row.path} ${row.version}`}
          className="min-w-0 truncate text-left font-mono text-[12.5px] text-sky-800 hover:underline dark:text-sky-300"
          onClick={(e) => {
            e.stopPropagation();
            actions.focusModule(row.id);
          }}
        >
          {row.path}
        </button>
        {row.vulns > 0 && (
          <span className="ml-auto shrink-0 rounded bg-red-100 px-1 text-[10.5px] font-semibold text-red-800 dark:bg-red-950 dark:text-red-200">
            <span aria-hidden="true">⚠ </span>
            {row.vulns} {row.vulns === 1 ? 'vuln' : 'vulns'}
          </span>
        )}
      </div>
      <div aria-hidden="true" className="px-1.5">
        <div className="h-1.5 rounded-full bg-slate-100 dark:bg-slate-800">
          <div className="h-1.5 rounded-full bg-orange-400 dark:bg-orange-500" style={{ width: `${Math.max(share * 100, value > 0 ? 2 : 0)}%` }} />
        </div>
      </div>
      {COLUMNS.map((c) => (
        <div
          role="cell"
          key={c.id}
          className={`pr-3.5 text-right font-mono text-[12px] tabular-nums ${c.id === sortColumn ? 'font-semibold text-slate-900 dark:text-white' : 'text-slate-600 dark:text-slate-400'}`}
        >
          {fmt(row.values[c.id])}
        </div>
      ))}
    </div>
  );
}
