import { actions } from '../../../store';
import { useApp } from '../../use-app';
import { Backticks } from '../findings/Backticks';
import { COLUMNS, columnInfo, columnName } from './hot-columns';
import { HotTable } from './HotTable';
import { useHotTable, useMissingReason } from './use-hot-table';
import { formatCount } from '../../../core/format-count';

function MissingNote({ needs, label }: { needs: string; label: string }) {
  const missing = useMissingReason(needs);
  if (!missing) return null;
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      <span className="font-medium text-slate-700 dark:text-slate-300">{label}:</span> <Backticks text={missing.replace(/^add /, 'absent; add ')} />
    </p>
  );
}

/** The base libraries everything leans on, ranked by the chosen metric. */
export function HotTab() {
  const table = useHotTable();
  const filter = useApp((s) => s.hotFilter);
  const sort = useApp((s) => s.hotSort);
  const direction = useApp((s) => s.hotDirection);
  if (!table) return null;
  return (
    <div className="flex h-full flex-col gap-2">
      <input
        type="search"
        aria-label="Filter hot libraries"
        placeholder="Filter modules by path"
        value={filter}
        onChange={(e) => actions.setHotFilter(e.target.value)}
        className="h-8 w-full shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      <p className="shrink-0 text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
        {table.rows.length === table.total ? `${formatCount(table.total)} modules` : `${formatCount(table.rows.length)} of ${formatCount(table.total)} modules`}{' '}
        by {columnName(columnInfo(sort)).toLowerCase()}, {direction === 'descending' ? 'highest' : 'lowest'} first; main module left out.
      </p>
      {table.vulnerable > 0 && (
        <p className="shrink-0 rounded-md border border-red-200 bg-red-50 px-2.5 py-1.5 text-xs text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
          <span aria-hidden="true">⚠ </span>
          <strong>{table.vulnerable} vulnerable {table.vulnerable === 1 ? 'module' : 'modules'} ranked first</strong> (govulncheck): the more
          dependents, the wider the blast radius.
        </p>
      )}
      <div className="shrink-0">
        <MissingNote needs="exclusive-weight" label="Exclusive weight" />
        <MissingNote needs="import-metrics" label="Importing packages" />
      </div>
      <details className="shrink-0 text-xs text-slate-600 dark:text-slate-300">
        <summary className="cursor-pointer select-none font-medium text-slate-700 dark:text-slate-200">What the columns count</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
          {COLUMNS.map((c) => (
            <div key={c.id} className="contents">
              <dt className="font-medium">{columnName(c)}</dt>
              <dd>{c.help}</dd>
            </div>
          ))}
        </dl>
      </details>
      {table.rows.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No module matches “{filter}”.</p>
      ) : (
        <HotTable table={table} />
      )}
    </div>
  );
}
