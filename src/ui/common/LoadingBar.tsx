import { actions } from '../../store';
import { useApp } from '../use-app';
import { progressText } from './progress-text';

/** Progress of the load in flight: phase, bytes read, and a way out. */
export function LoadingBar() {
  const loading = useApp((s) => s.loading);
  if (!loading) return null;
  const names = loading.names.join(', ');
  const { step, phase, fraction, bytes } = progressText(loading);
  return (
    <div className="fixed inset-x-0 top-0 z-40">
      <div
        role="progressbar"
        aria-label="Loading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.floor(fraction * 100)}
        className="h-0.5 w-full overflow-hidden bg-sky-100 dark:bg-sky-950"
      >
        {fraction === null ? (
          <div className="h-full w-1/3 animate-[gotopo-slide_1.1s_ease-in-out_infinite] bg-sky-500" />
        ) : (
          <div className="h-full bg-sky-500" style={{ width: `${fraction * 100}%` }} />
        )}
      </div>
      <div className="mx-auto mt-2 flex w-fit max-w-[90vw] items-center gap-3 rounded-full bg-slate-900/90 py-1 pl-3 pr-1 text-xs text-white shadow dark:bg-white/90 dark:text-slate-900">
        <p role="status" aria-live="polite" className="min-w-0 truncate">
          <span className="tabular-nums opacity-70">{step}</span> {phase}… {bytes && <span className="tabular-nums">{bytes} · </span>}
          {names}
        </p>
        <button
          type="button"
          onClick={actions.cancelLoad}
          className="shrink-0 rounded-full px-2 py-0.5 font-medium hover:bg-white/20 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 dark:hover:bg-slate-900/10"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
