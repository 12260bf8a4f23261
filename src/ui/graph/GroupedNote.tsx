import { actions } from '../../store';
import { useApp } from '../use-app';
import { formatCount } from '../../core/format-count';

/** Says why a big graph opened grouped, and how to get at its modules. */
export function GroupedNote() {
  const show = useApp((s) => s.grouped && s.groupedBecauseLarge && s.focusHops === null);
  const count = useApp((s) => s.graph?.modules.length ?? 0);
  if (!show) return null;
  return (
    <div
      role="note"
      className="absolute bottom-20 left-1/2 z-10 flex w-max max-w-[calc(100%-1.5rem)] -translate-x-1/2 items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 shadow-sm dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        This graph has {formatCount(count)} modules: showing it grouped by owner. Expand a group or search to see modules.
      </p>
      <button type="button" className="shrink-0 font-medium underline" onClick={actions.toggleGrouped}>
        Show all modules
      </button>
    </div>
  );
}
