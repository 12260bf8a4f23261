import type { ExportContext, ExportSettings, ScopeChoice } from '../../store/export-options';
import { MAX_HOPS, scopeTarget } from '../../store/export-options';

const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
const labelText = 'block text-xs font-medium text-slate-600 dark:text-slate-300';

/** Direction, scope, grouping and styles of a Mermaid or DOT export. */
export function DiagramSettings({ ctx, settings, onChange, styles = true }: { ctx: ExportContext; settings: ExportSettings; onChange: (s: ExportSettings) => void; styles?: boolean }) {
  const set = (patch: Partial<ExportSettings>) => onChange({ ...settings, ...patch });
  const target = scopeTarget(ctx, settings);
  const targetPath = target !== null ? ctx.graph.modules[target].path : null;
  const scopes: { value: ScopeChoice; label: string; disabled?: boolean }[] = [
    { value: 'all', label: 'Whole graph' },
    { value: 'visible', label: 'Current focus', disabled: !ctx.visibleIds },
    { value: 'neighbourhood', label: targetPath ? `Neighbourhood of ${targetPath}` : 'Neighbourhood of the selected module', disabled: target === null },
    { value: 'paths', label: targetPath ? `Paths from main to ${targetPath}` : 'Paths from main to the selected module', disabled: target === null },
    { value: 'top', label: 'Top hot libraries', disabled: !ctx.analysis },
  ];
  return (
    <div className="space-y-3">
      <label className={labelText}>
        Scope
        <select className={field} value={settings.scope} onChange={(e) => set({ scope: e.target.value as ScopeChoice, target: null })}>
          {scopes.map((s) => (
            <option key={s.value} value={s.value} disabled={s.disabled}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {settings.scope === 'neighbourhood' && (
        <div className="flex gap-2">
          <label className={`${labelText} w-20`}>
            Hops
            <input type="number" min={1} max={MAX_HOPS} className={field} value={settings.hops} onChange={(e) => set({ hops: Number(e.target.value) })} />
          </label>
          <label className={`${labelText} flex-1`}>
            Towards
            <select className={field} value={settings.towards} onChange={(e) => set({ towards: e.target.value as ExportSettings['towards'] })}>
              <option value="both">dependencies and dependents</option>
              <option value="dependencies">dependencies</option>
              <option value="dependents">dependents</option>
            </select>
          </label>
        </div>
      )}
      {settings.scope === 'top' && (
        <label className={labelText}>
          Number of libraries
          <input type="number" min={1} max={500} className={field} value={settings.topN} onChange={(e) => set({ topN: Math.max(1, Number(e.target.value) || 1) })} />
        </label>
      )}
      <label className={labelText}>
        Direction
        <select className={field} value={settings.direction} onChange={(e) => set({ direction: e.target.value as ExportSettings['direction'] })}>
          <option value="TB">Top to bottom</option>
          <option value="LR">Left to right</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={settings.groupByOwner} onChange={(e) => set({ groupByOwner: e.target.checked })} />
        Group by owner
      </label>
      {styles && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={settings.classStyles} onChange={(e) => set({ classStyles: e.target.checked })} />
          Colour by role, outline findings
        </label>
      )}
    </div>
  );
}
