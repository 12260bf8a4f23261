import { actions } from '../../store';
import { forceFits } from '../../store/scale-slice';
import { useApp } from '../use-app';
import type { GraphHandle } from './graph-controller';
import { MetricControls } from './MetricControls';
import { sceneKind } from './scene';

const button =
  'flex h-8 min-w-8 items-center justify-center px-2 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent aria-pressed:bg-sky-50 aria-pressed:text-sky-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-950 dark:aria-pressed:text-sky-200';

/** Zoom, fit, layout (layered in a direction, or force-directed for small graphs), and whether import edges are drawn. */
export function GraphToolbar({ handle }: { handle: GraphHandle | null }) {
  const direction = useApp((s) => s.direction);
  const showImports = useApp((s) => s.showImports);
  const canToggleImports = useApp((s) => s.graph?.imports != null && s.graph.requires.targets.length > 0);
  const next = direction === 'TB' ? 'LR' : 'TB';
  const force = useApp((s) => s.layout === 'force');
  const canForce = useApp((s) => forceFits(s.graph));
  // Grouped and focus views lay out their own elements (layered).
  const flat = useApp((s) => sceneKind(s) === 'flat');
  return (
    <div
      role="toolbar"
      aria-label="Graph view"
      className="absolute left-3 top-3 flex divide-x divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white shadow-sm dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900"
    >
      <button type="button" className={button} aria-label="Zoom in" onClick={() => handle?.zoomBy(1.25)}>
        +
      </button>
      <button type="button" className={button} aria-label="Zoom out" onClick={() => handle?.zoomBy(0.8)}>
        −
      </button>
      <button type="button" className={button} onClick={() => handle?.fit()}>
        Fit
      </button>
      <button
        type="button"
        className={button}
        aria-label={next === 'LR' ? 'Lay out left to right' : 'Lay out top to bottom'}
        onClick={() => void actions.setDirection(next)}
      >
        {next === 'LR' ? '→ Left to right' : '↓ Top to bottom'}
      </button>
      {canForce && (
        <button
          type="button"
          className={button}
          aria-pressed={force}
          disabled={!flat}
          title={flat ? 'Place modules by their pull on each other, not by depth' : 'The force layout draws all modules: leave the grouped or focus view first'}
          onClick={() => void actions.setLayout(force ? 'layered' : 'force')}
        >
          Force layout
        </button>
      )}
      {canToggleImports && (
        <button type="button" className={button} aria-pressed={showImports} onClick={actions.toggleImports}>
          Import edges
        </button>
      )}
      <MetricControls />
    </div>
  );
}
