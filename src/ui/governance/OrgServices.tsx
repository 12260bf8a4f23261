import { governanceActions } from '../../store/governance';
import { FilePicker } from '../landing/FilePicker';
import { useExamples } from '../landing/use-examples';
import { useApp } from '../use-app';
import { useGovernanceManifest } from './use-governance-manifest';
import { useGov } from './use-governance';

const heading = 'mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';
const chip =
  'rounded-full border border-slate-300 px-2.5 py-0.5 text-xs hover:border-sky-500 hover:text-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:text-sky-300';

/** The services in the view, and ways to add more: files, an example, a built-in set. */
export function OrgServices({ headingId }: { headingId: string }) {
  const list = useGov((s) => s.services);
  const services = list.map((x) => ({ name: x.name, modules: x.graph.modules.length }));
  const names = useGov((s) => s.org?.services);
  const busy = useApp((s) => s.loading !== null);
  const { examples } = useExamples();
  const { manifest } = useGovernanceManifest();
  return (
    <>
      <h2 id={headingId} className={heading}>Services ({services.length})</h2>
      {services.length === 0 && <p className="mb-2 text-sm text-slate-500 dark:text-slate-400">No services yet: add one per project.</p>}
      <ul aria-label="Services" className="mb-3 flex flex-col gap-1">
        {services.map((s, i) => (
          <li key={i} className="flex items-center gap-1 rounded-md border border-slate-200 px-2 py-1 dark:border-slate-700">
            <span className="min-w-0 flex-1">
              <span className="block break-all font-mono text-[12px]">{names?.[i] ?? s.name}</span>
              <span className="text-[11px] text-slate-500 dark:text-slate-400">{s.modules} modules</span>
            </span>
            <button type="button" className={chip} aria-label={`Open ${names?.[i] ?? s.name}`} onClick={() => void governanceActions.drillDown(i)}>
              Open
            </button>
            <button type="button" className={chip} aria-label={`Remove ${names?.[i] ?? s.name}`} onClick={() => governanceActions.removeService(i)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <p className="mb-1.5 text-sm font-medium">Add a service</p>
      <div className="mb-1">
        <FilePicker label="Choose its files…" onFiles={(files) => void governanceActions.addService(files.map((file) => ({ name: file.name, file })))} />
      </div>
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">go list -m -json all and go mod graph of one project; its name is its main module.</p>
      <p className="mb-1.5 text-sm font-medium">Add an example</p>
      <ul className="mb-3 flex flex-wrap gap-1.5">
        {examples.map((ex) => (
          <li key={ex.id}>
            <button type="button" disabled={busy} className={chip} aria-label={`Add the ${ex.title} example`} onClick={() => void governanceActions.addExampleService(ex)}>
              + {ex.title}
            </button>
          </li>
        ))}
      </ul>
      {manifest.organisations.length > 0 && <p className="mb-1.5 text-sm font-medium">Or start from a built-in set</p>}
      <ul className="flex flex-col gap-1.5">
        {manifest.organisations.map((o) => (
          <li key={o.id}>
            <button type="button" disabled={busy} className={chip} aria-label={`Load the ${o.title} organisation`} onClick={() => void governanceActions.loadOrgExample(o)}>
              {o.title}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
