import { actions } from '../../store';
import type { VersionSeen } from '../../store/module-details';
import { useApp } from '../use-app';

/** Every version seen in the requirement graph and who asks for it. */
export function VersionList({ versions }: { versions: VersionSeen[] }) {
  const modules = useApp((s) => s.graph?.modules);
  if (!modules) return null;
  return (
    <ul aria-label="Versions seen" className="flex flex-col gap-2">
      {[...versions].reverse().map((v) => (
        <li key={v.version} className="text-sm">
          <span className="font-mono text-[12.5px] font-medium">{v.version || '(none)'}</span>
          {v.selected && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-px text-[11px] font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">selected</span>}
          {v.requiredBy.length > 0 && (
            <p className="mt-0.5 text-xs leading-relaxed text-slate-500 dark:text-slate-400">
              required by{' '}
              {v.requiredBy.map((r, i) => (
                <span key={`${r.id}@${r.fromVersion}`}>
                  {i > 0 && ', '}
                  <button type="button" onClick={() => actions.select(r.id)} className="font-mono text-sky-700 hover:underline dark:text-sky-300">
                    {modules[r.id].path}
                    {r.fromVersion && `@${r.fromVersion}`}
                  </button>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
