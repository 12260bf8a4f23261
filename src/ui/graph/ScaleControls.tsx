import { actions } from '../../store';
import { MAX_FOCUS_HOPS } from '../../store/scale-slice';
import { useApp } from '../use-app';

const button =
  'flex h-8 items-center justify-center px-2 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent aria-pressed:bg-sky-50 aria-pressed:text-sky-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-950 dark:aria-pressed:text-sky-200';

/** Views for big graphs: grouped by owner, and focus on the selected module's neighbourhood. */
export function ScaleControls() {
  const grouped = useApp((s) => s.grouped);
  const hops = useApp((s) => s.focusHops);
  const hasSelection = useApp((s) => s.selectedId !== null);
  const focusing = hops !== null && hasSelection;
  return (
    <div
      role="toolbar"
      aria-label="Large graph"
      className="absolute left-3 top-14 flex items-center divide-x divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900"
    >
      <button type="button" className={button} aria-pressed={grouped} onClick={actions.toggleGrouped} disabled={focusing}>
        Group by owner
      </button>
      <button
        type="button"
        className={button}
        aria-pressed={focusing}
        disabled={!hasSelection}
        title={hasSelection ? undefined : 'Select a module first'}
        onClick={() => actions.setFocusHops(focusing ? null : (hops ?? 1))}
      >
        Focus
      </button>
      <label className="flex h-8 items-center gap-1 px-2 text-sm text-slate-600 dark:text-slate-300">
        hops
        <input
          type="number"
          min={1}
          max={MAX_FOCUS_HOPS}
          value={hops ?? 1}
          disabled={!hasSelection}
          aria-label="Focus hops"
          onChange={(e) => actions.setFocusHops(Number(e.target.value) || 1)}
          className="w-10 rounded border border-slate-300 bg-transparent px-1 text-center tabular-nums dark:border-slate-600"
        />
      </label>
      {focusing && (
        <button type="button" className={button} onClick={actions.showAll}>
          Show all
        </button>
      )}
    </div>
  );
}
