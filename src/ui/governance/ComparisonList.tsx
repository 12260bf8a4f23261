import { governanceActions } from '../../store/governance';
import { useApp } from '../use-app';
import { useGovernanceManifest } from './use-governance-manifest';

const card =
  'flex w-full flex-col items-start rounded-lg border border-slate-200 bg-white px-3 py-2 text-left transition hover:border-sky-400 hover:bg-sky-50/50 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-500 dark:hover:bg-sky-950/30';
const chip =
  'rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-500 hover:text-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:text-sky-300';

/** The built-in comparisons: both snapshots loaded with one click. */
export function ComparisonList({ compact = false, onChosen }: { compact?: boolean; onChosen?: () => void }) {
  const { manifest, error } = useGovernanceManifest();
  const busy = useApp((s) => s.loading !== null);
  if (error) return <p className="text-sm text-slate-500">{error}</p>;
  return (
    <ul className={compact ? 'flex flex-wrap gap-2' : 'flex flex-col gap-2'}>
      {manifest.comparisons.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            disabled={busy}
            className={compact ? chip : card}
            aria-label={`Compare ${c.title}`}
            onClick={() => {
              onChosen?.();
              void governanceActions.compareExample(c);
            }}
          >
            <span className="text-sm font-semibold">{c.title}</span>
            {!compact && <span className="text-xs leading-snug text-slate-600 dark:text-slate-300">{c.description}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
