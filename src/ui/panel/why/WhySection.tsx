import type { ModuleWhy } from '../../../store/analysis-why';
import { ModulePath } from './ModulePath';
import { PackagePath } from './PackagePath';

const sub = 'mb-1 text-xs font-medium text-slate-600 dark:text-slate-300';
const none = 'text-xs text-slate-500 dark:text-slate-400';

const same = (a: string[] | null, b: string[]) => a !== null && a.length === b.length && a.every((p, i) => p === b[i]);

/** Our shortest requirement and import paths, the path count, and Go's own `go mod why -m` beside them. */
export function WhySection({ why: w, path }: { why: ModuleWhy; path: string }) {
  const { requirementPath, importPath, pathCount } = w.why;
  return (
    <section aria-label="Why is it here?" className="mb-5">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Why is it here?</h3>
      <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-2.5 dark:border-slate-700">
        <div>
          <p className={sub}>
            Shortest requirement path{' '}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              (one of {w.pathCountText} distinct {pathCount === 1 && !w.why.pathCountCapped ? 'path' : 'paths'})
            </span>
          </p>
          {requirementPath ? <ModulePath ids={requirementPath} label="Requirement path" /> : <p className={none}>Not reachable from the main module in go mod graph.</p>}
        </div>
        <div>
          <p className={sub}>Shortest import path</p>
          {importPath ? (
            <PackagePath packages={importPath} label="Import path" />
          ) : (
            <p className={none}>{w.why.importPath === null && w.goWhy === null ? 'No package of it is imported (or no go list -deps loaded).' : 'No package of it is imported.'}</p>
          )}
        </div>
        {w.goWhy && (
          <div className="border-t border-slate-200 pt-2 dark:border-slate-700">
            <p className={sub}>
              Go’s answer, <code className="font-mono">go mod why -m</code>
              {w.goWhy.needed && same(importPath, w.goWhy.packages) && (
                <span className="ml-1.5 rounded bg-emerald-100 px-1 text-[10.5px] font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">✓ same path</span>
              )}
            </p>
            {w.goWhy.needed ? (
              <PackagePath packages={w.goWhy.packages} label="go mod why -m path" />
            ) : (
              <p className="font-mono text-[12px]">(main module does not need module {path})</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
