import { useApp } from '../use-app';
import { GovernanceLegend } from '../governance/GovernanceLegend';
import { MetricLegend, SizeLegend } from './MetricLegend';
import { PALETTES } from './palette';

const ROLES = [
  { role: 'main', label: 'main module' },
  { role: 'direct', label: 'direct' },
  { role: 'indirect', label: 'indirect' },
] as const;

/** What the colours and line styles mean. */
export function Legend() {
  const theme = useApp((s) => s.theme);
  const hasImports = useApp((s) => s.graph?.imports != null);
  const showImports = useApp((s) => s.showImports);
  const hasRequires = useApp((s) => (s.graph?.requires.targets.length ?? 0) > 0);
  const colourMode = useApp((s) => s.colourMode);
  const p = PALETTES[theme];
  return (
    <div
      aria-label="Legend"
      role="group"
      className="absolute bottom-3 left-3 flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-600 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300"
    >
      {colourMode === 'role' ? (
        <>
          {ROLES.map(({ role, label }) => (
            <span key={role} className="flex items-center gap-1.5">
              <span className="h-3 w-4 rounded-[3px] border-2" style={{ background: p.roles[role].fill, borderColor: p.roles[role].border }} />
              {label}
            </span>
          ))}
        </>
      ) : (
        <MetricLegend />
      )}
      <SizeLegend />
      {hasRequires && (
        <span className="flex items-center gap-1.5">
          <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke={p.importEdge} strokeWidth="1.5" /></svg>
          requires
        </span>
      )}
      {hasImports && (showImports || !hasRequires) && (
        <span className="flex items-center gap-1.5">
          <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke={p.importEdge} strokeWidth="1.5" strokeDasharray="5 4" /></svg>
          imports
        </span>
      )}
      <span className="flex items-center gap-1.5">
        <span className="h-0.5 w-4" style={{ background: p.dependencies }} />
        depends on
      </span>
      <span className="flex items-center gap-1.5">
        <span className="h-0.5 w-4" style={{ background: p.dependents }} />
        required by
      </span>
      <GovernanceLegend />
    </div>
  );
}
