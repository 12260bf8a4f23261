import type { JSX } from 'react';
import { actions } from '../../store';
import type { PanelTab } from '../../store/view-slice';
import { useApp } from '../use-app';
import { DiffTab } from '../governance/DiffTab';
import { GovernanceTab } from '../governance/GovernanceTab';
import { useGov } from '../governance/use-governance';
import { FindingsTab } from './findings/FindingsTab';
import { HotTab } from './hot/HotTab';
import { ModuleTab } from './ModuleTab';
import { OverviewTab } from './OverviewTab';

// Hot libraries, Findings, Export and Share join this list as the analyses land.
const TABS: { id: PanelTab; label: string; Content: () => JSX.Element | null }[] = [
  { id: 'overview', label: 'Overview', Content: OverviewTab },
  { id: 'diff', label: 'Diff', Content: DiffTab },
  { id: 'hot', label: 'Hot libraries', Content: HotTab },
  { id: 'findings', label: 'Findings', Content: FindingsTab },
  { id: 'module', label: 'Module', Content: ModuleTab },
  { id: 'governance', label: 'Security', Content: GovernanceTab },
];

/** Tabs beside the graph. */
export function SidePanel() {
  const panel = useApp((s) => s.panel);
  // The Diff tab exists only while two snapshots are compared.
  const comparing = useGov((s) => s.compare !== null);
  const tabs = comparing ? TABS : TABS.filter((t) => t.id !== 'diff');
  const current = tabs.find((t) => t.id === panel) ?? tabs[0];
  return (
    <aside aria-label="Side panel" className="flex w-[400px] shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div role="tablist" aria-label="Panels" className="flex shrink-0 overflow-x-auto border-b border-slate-200 px-2 dark:border-slate-800">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => actions.setPanel(t.id)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = tabs[(tabs.indexOf(t) + step + tabs.length) % tabs.length];
              actions.setPanel(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
            className={`-mb-px shrink-0 whitespace-nowrap border-b-2 px-2 py-2.5 text-[13px] font-medium ${
              t.id === current.id
                ? 'border-sky-600 text-slate-900 dark:border-sky-400 dark:text-white'
                : 'border-transparent text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="min-h-0 flex-1 overflow-y-auto px-4 py-4"
      >
        <current.Content />
      </div>
    </aside>
  );
}
