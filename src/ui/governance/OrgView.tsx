import { governanceActions } from '../../store/governance';
import { secondaryButton } from '../common/button';
import { Logo } from '../common/Logo';
import { useApp } from '../use-app';
import { ThemeToggle } from '../workspace/ThemeToggle';
import { OrgServices } from './OrgServices';
import { OrgFragmented, OrgShared } from './OrgTables';
import { useGov } from './use-governance';

const panel = 'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900/60';

/** Many services at once: the modules they share and the versions they disagree on. */
export function OrgView() {
  const org = useGov((s) => s.org);
  const loaded = useApp((s) => s.graph !== null);
  return (
    <div className="flex h-full flex-col bg-slate-50 dark:bg-slate-950">
      <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
        <Logo />
        <div className="h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
        <h1 className="flex-1 text-sm font-semibold">Organisation view</h1>
        <button type="button" className={secondaryButton} onClick={governanceActions.closeOrg}>
          {loaded ? 'Back to the graph' : 'Back to start'}
        </button>
        <ThemeToggle />
      </header>
      <main className="grid min-h-0 flex-1 grid-cols-[19rem_1fr_1fr] gap-4 overflow-hidden p-4">
        <section aria-labelledby="org-services" className={`${panel} overflow-y-auto`}>
          <OrgServices headingId="org-services" />
        </section>
        <section aria-labelledby="org-shared" className={`${panel} overflow-y-auto`}>
          <OrgShared headingId="org-shared" org={org} />
        </section>
        <section aria-labelledby="org-fragmented" className={`${panel} overflow-y-auto`}>
          <OrgFragmented headingId="org-fragmented" org={org} />
        </section>
      </main>
    </div>
  );
}
