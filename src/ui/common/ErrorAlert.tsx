import { actions } from '../../store';
import { useApp } from '../use-app';

/** The last load error; the previous graph stays on screen behind it. */
export function ErrorAlert() {
  const error = useApp((s) => s.error);
  if (!error) return null;
  return (
    <div
      role="alert"
      className="fixed left-1/2 top-16 z-40 flex w-[min(44rem,calc(100vw-2rem))] -translate-x-1/2 items-start gap-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 shadow-lg dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="min-w-0 flex-1 break-words">{error.message}</p>
      <button
        type="button"
        onClick={actions.dismissError}
        aria-label="Dismiss error"
        className="shrink-0 rounded px-1.5 text-red-700 hover:bg-red-100 dark:text-red-300 dark:hover:bg-red-900"
      >
        ✕
      </button>
    </div>
  );
}
