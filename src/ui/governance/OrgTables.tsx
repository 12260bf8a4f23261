import { useState } from 'react';
import type { OrgView } from '../../core/governance';

const heading = 'mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';
const SHOWN = 60;

function More({ total, shown, onAll }: { total: number; shown: number; onAll: () => void }) {
  if (total <= shown) return null;
  return (
    <button type="button" onClick={onAll} className="mt-1 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
      Show all {total}
    </button>
  );
}

/** Modules selected by two or more services, most services first. */
export function OrgShared({ org, headingId }: { org: OrgView | null; headingId: string }) {
  const [all, setAll] = useState(false);
  const shared = org?.shared ?? [];
  const n = org?.services.length ?? 0;
  return (
    <>
      <h2 id={headingId} className={heading}>Shared modules ({shared.length})</h2>
      <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">Selected by two or more of the {n} services: the base libraries the organisation leans on.</p>
      <ul aria-label="Shared modules" className="flex flex-col">
        {(all ? shared : shared.slice(0, SHOWN)).map((m) => (
          <li key={m.path} className="flex items-baseline gap-2 border-b border-slate-100 py-1 dark:border-slate-800" title={m.services.join('\n')}>
            <span className="min-w-0 flex-1 truncate font-mono text-[12px]">{m.path}</span>
            <span className="shrink-0 text-xs text-slate-600 dark:text-slate-300">{m.services.length} of {n} services</span>
          </li>
        ))}
      </ul>
      <More total={shared.length} shown={SHOWN} onAll={() => setAll(true)} />
    </>
  );
}

/** Modules at several selected versions across services, with who is on which. */
export function OrgFragmented({ org, headingId }: { org: OrgView | null; headingId: string }) {
  const [all, setAll] = useState(false);
  const list = org?.fragmented ?? [];
  return (
    <>
      <h2 id={headingId} className={heading}>Fragmented versions ({list.length})</h2>
      <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">One module, several selected versions across services (lowest first).</p>
      <ul aria-label="Fragmented modules" className="flex flex-col gap-1.5">
        {(all ? list : list.slice(0, SHOWN)).map((m) => (
          <li key={m.path} aria-label={m.path} className="rounded-md border border-slate-200 px-2 py-1 dark:border-slate-700">
            <p className="font-mono text-[12px] font-medium">
              {m.path} <span className="font-normal text-slate-500 dark:text-slate-400">· {m.versions.length} versions</span>
            </p>
            <ul className="mt-0.5 flex flex-col text-[11.5px]">
              {m.versions.map((v) => (
                <li key={v.version} className="flex gap-2">
                  <span className="w-40 shrink-0 truncate font-mono" title={v.version}>{v.version}</span>
                  <span className="min-w-0 flex-1 truncate text-slate-600 dark:text-slate-300" title={v.services.join(', ')}>{v.services.join(', ')}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <More total={list.length} shown={SHOWN} onAll={() => setAll(true)} />
    </>
  );
}
