import type { JSX } from 'react';
import { actions } from '../../store';
import type { PanelTab } from '../../store/view-slice';
import { useApp } from '../use-app';
import { ModuleTab } from './ModuleTab';
import { OverviewTab } from './OverviewTab';

// Hot libraries, Findings, Export and Share join this list as the analyses land.
const TABS: { id: PanelTab; label: string; Content: () => JSX.Element | null }[] = [
  { id: 'overview', label: 'Overview', Content: OverviewTab },
  { id: 'module', label: 'Module', Content: ModuleTab },
];

/** Tabs beside the graph. */
export function SidePanel() {
  const panel = useApp((s) => s.panel);
  const current = TABS.find((t) => t.id === panel) ?? TABS[0];
  return (
    <aside aria-label="Side panel" className="flex w-[400px] shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div role="tablist" aria-label="Panels" className="flex shrink-0 gap-1 border-b border-slate-200 px-3 dark:border-slate-800">
        {TABS.map((t) => (
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
              const next = TABS[(TABS.indexOf(t) + step + TABS.length) % TABS.length];
              actions.setPanel(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
            className={`-mb-px border-b-2 px-3 py-2.5 text-sm font-medium ${
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
