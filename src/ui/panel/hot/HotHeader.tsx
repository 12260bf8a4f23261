import { actions } from '../../../store';
import { useApp } from '../../use-app';
import { COLUMNS } from './hot-columns';
import { useMissingReason } from './use-hot-table';
import type { ColumnInfo } from './hot-columns';

export const GRID = 'grid grid-cols-[minmax(0,1fr)_48px_74px_68px_64px] items-center';

function SortHeader({ column }: { column: ColumnInfo }) {
  const sort = useApp((s) => (s.hotSort === column.id ? s.hotDirection : 'none'));
  const missing = useMissingReason(column.needs);
  const arrow = sort === 'descending' ? '↓' : sort === 'ascending' ? '↑' : '';
  return (
    <div role="columnheader" aria-sort={sort} className="text-right">
      <button
        type="button"
        onClick={() => actions.sortHot(column.id)}
        disabled={missing !== null}
        title={missing ? `${column.short}${column.rest}: ${missing}` : `${column.short}${column.rest}: ${column.help}`}
        className={`w-full whitespace-nowrap rounded px-1 py-1 text-right text-[11px] font-semibold hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:hover:bg-slate-800 ${
          sort === 'none' ? 'text-slate-600 dark:text-slate-300' : 'text-sky-800 dark:text-sky-300'
        }`}
      >
        {column.short}
        <span className="sr-only">{column.rest}</span>
        <span aria-hidden="true" className="inline-block w-2.5">{arrow}</span>
      </button>
    </div>
  );
}

/** The header row: module, then one sortable column per metric. */
export function HotHeader() {
  return (
    <div role="rowgroup" className="border-b border-slate-200 dark:border-slate-700">
      <div role="row" aria-rowindex={1} className={`${GRID} gap-x-1 pb-1`}>
        <div role="columnheader" className="px-1.5 text-[11px] font-semibold text-slate-600 dark:text-slate-300">
          Module
        </div>
        {COLUMNS.map((c) => (
          <SortHeader key={c.id} column={c} />
        ))}
      </div>
    </div>
  );
}
