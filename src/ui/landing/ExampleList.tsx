import { actions } from '../../store';
import { useApp } from '../use-app';
import { useExamples } from './use-examples';

/** One-click real examples: outputs printed by Go for public projects. */
export function ExampleList({ compact = false, onChosen }: { compact?: boolean; onChosen?: () => void }) {
  const { examples, error } = useExamples();
  const busy = useApp((s) => s.loading !== null);
  if (error) return <p className="text-sm text-slate-500">{error}</p>;
  return (
    <ul className={compact ? 'flex flex-wrap gap-2' : 'flex flex-col gap-2'}>
      {examples.map((ex) => (
        <li key={ex.id} className={compact ? '' : 'flex'}>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              onChosen?.();
              void actions.loadExample(ex);
            }}
            aria-label={`Load the ${ex.title} example`}
            title={ex.project}
            className={
              compact
                ? 'rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-500 hover:text-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:text-sky-300'
                : 'flex w-full flex-col items-start rounded-lg border border-slate-200 bg-white px-3 py-2 text-left transition hover:border-sky-400 hover:bg-sky-50/50 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-500 dark:hover:bg-sky-950/30'
            }
          >
            <span className="text-sm font-semibold">{ex.title}</span>
            {!compact && <span className="text-xs leading-snug text-slate-600 dark:text-slate-300">{ex.description}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
