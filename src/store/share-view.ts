// The view state a link (and the page URL) carries, and back: module ids
// become paths, and every value read from a link is checked against what the
// app knows before it reaches the store.
import type { ShareView } from '../core/share';
import type { GoGraph } from '../core/model/types';
import { HOT_COLUMNS } from './analysis-select';
import type { HotColumn } from './analysis-select';
import type { SortDirection } from './analysis-slice';
import type { AppState } from './app-store';
import { forceFits, MAX_FOCUS_HOPS } from './scale-slice';
import type { ColourMode, PanelTab } from './view-slice';

// Records over the union types: adding a tab or mode without listing it here fails to compile.
const PANELS: Record<PanelTab, true> = { overview: true, module: true, hot: true, findings: true, diff: true, governance: true };
const COLOUR_MODES: Record<ColourMode, true> = { role: true, hotness: true, findings: true };
const SORT_DIRECTIONS: Record<SortDirection, true> = { descending: true, ascending: true };

const isKey = <T extends string>(table: Record<T, true>, x: unknown): x is T => typeof x === 'string' && Object.hasOwn(table, x);

/** The part of the state a link restores. */
export type SharedViewState = Pick<AppState, 'selectedId' | 'panel' | 'colourMode' | 'sizeMetric' | 'direction' | 'layout' | 'showImports' | 'hotSort' | 'hotDirection' | 'hotFilter' | 'grouped' | 'expandedGroups' | 'focusHops'>;

/** The view of the state, as a link carries it (module paths, not ids). */
export function viewToShare(s: SharedViewState & { graph: GoGraph | null }): ShareView {
  const selected = s.selectedId !== null ? s.graph?.modules[s.selectedId]?.path : undefined;
  return {
    ...(selected !== undefined ? { selected } : {}),
    colorMode: s.colourMode,
    sizeMetric: s.sizeMetric,
    panel: s.panel,
    direction: s.direction,
    layout: s.layout,
    filters: {
      showImports: s.showImports,
      hotSort: s.hotSort,
      hotDirection: s.hotDirection,
      hotFilter: s.hotFilter,
      grouped: s.grouped,
      expandedGroups: s.expandedGroups.join(' '),
    },
    ...(selected !== undefined && s.focusHops !== null ? { focus: { path: selected, hops: s.focusHops } } : {}),
  };
}

/** The store fields a link's view sets on a graph; values the app does not know are left out. */
export function shareToView(view: ShareView, graph: GoGraph): Partial<SharedViewState> {
  const out: Partial<SharedViewState> = {};
  if (view.selected !== undefined) {
    const m = graph.modules.find((x) => x.path === view.selected);
    out.selectedId = m ? m.id : null;
  }
  if (isKey(PANELS, view.panel)) out.panel = view.panel;
  if (isKey(COLOUR_MODES, view.colorMode)) out.colourMode = view.colorMode;
  if ((HOT_COLUMNS as string[]).includes(view.sizeMetric ?? '')) out.sizeMetric = view.sizeMetric as HotColumn;
  if (view.direction === 'TB' || view.direction === 'LR') out.direction = view.direction;
  // The force layout only where this app would offer it for the graph.
  if (view.layout === 'layered' || (view.layout === 'force' && forceFits(graph))) out.layout = view.layout;
  const f = view.filters ?? {};
  if (typeof f.showImports === 'boolean') out.showImports = f.showImports;
  if ((HOT_COLUMNS as string[]).includes(String(f.hotSort))) out.hotSort = f.hotSort as HotColumn;
  if (isKey(SORT_DIRECTIONS, f.hotDirection)) out.hotDirection = f.hotDirection;
  if (typeof f.hotFilter === 'string') out.hotFilter = f.hotFilter;
  if (typeof f.grouped === 'boolean') out.grouped = f.grouped;
  if (typeof f.expandedGroups === 'string') out.expandedGroups = f.expandedGroups.split(' ').filter(Boolean);
  if (view.focus && view.focus.path === view.selected && out.selectedId != null) out.focusHops = Math.max(1, Math.min(MAX_FOCUS_HOPS, view.focus.hops));
  return out;
}

