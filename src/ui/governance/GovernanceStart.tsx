import { governanceActions } from '../../store/governance';
import { secondaryButton } from '../common/button';
import { ComparisonList } from './ComparisonList';
import { useGovernanceManifest } from './use-governance-manifest';

/** Landing-page entry to the governance views: built-in comparisons and organisations. */
export function GovernanceStart({ className, headingClass }: { className: string; headingClass: string }) {
  const { manifest } = useGovernanceManifest();
  return (
    <div className="mt-5 grid grid-cols-1 gap-5 md:grid-cols-2">
      <section aria-labelledby="compare-heading" className={className}>
        <h2 id="compare-heading" className={headingClass}>Compare two snapshots</h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">Before and after an upgrade or a tidy: modules added, removed, upgraded; edges, findings and hot libraries that changed.</p>
        <ComparisonList />
      </section>
      <section aria-labelledby="org-heading" className={className}>
        <h2 id="org-heading" className={headingClass}>Many services at once</h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">Load several projects: the modules they share and the versions they disagree on.</p>
        <div className="flex flex-wrap gap-2">
          {manifest.organisations.map((o) => (
            <button key={o.id} type="button" className={secondaryButton} aria-label={`Load the ${o.title} organisation`} onClick={() => void governanceActions.loadOrgExample(o)}>
              {o.title}
            </button>
          ))}
          <button type="button" className={secondaryButton} onClick={governanceActions.openOrg}>
            Start an empty organisation
          </button>
        </div>
      </section>
    </div>
  );
}
