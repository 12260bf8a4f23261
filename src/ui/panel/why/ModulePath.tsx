import { actions } from '../../../store';
import { useApp } from '../../use-app';

/** A requirement path, main module first; each module selects itself when clicked. */
export function ModulePath({ ids, label }: { ids: number[]; label: string }) {
  const modules = useApp((s) => s.graph?.modules);
  if (!modules) return null;
  return (
    <ol aria-label={label} className="flex flex-col gap-0.5">
      {ids.map((id, i) => (
        <li key={id} className="flex gap-1.5 text-[12px] leading-snug">
          {/* The arrow is CSS content, so the item's text is the bare path. */}
          <span aria-hidden="true" className={`w-3 shrink-0 font-mono text-slate-400 ${i === 0 ? '' : "before:content-['↳']"}`} />
          <button type="button" onClick={() => actions.select(id)} className="min-w-0 break-all text-left font-mono text-sky-700 hover:underline dark:text-sky-300">
            {modules[id].path}
          </button>
          {modules[id].version && <span className="shrink-0 font-mono text-[11px] text-slate-500 dark:text-slate-400">{modules[id].version}</span>}
        </li>
      ))}
    </ol>
  );
}
