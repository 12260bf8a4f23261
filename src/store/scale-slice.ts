// The views that keep big graphs usable: modules grouped by owner (groups
// collapsed until opened), focus on a module and its n-hop neighbourhood,
// and the screen shape the layout should fit.
import type { GoGraph } from '../core/model/types';
import { forceTakes } from '../core/layout/force';
import { ownerOf } from '../core/model/owner';
import type { AppStore } from './app-store';

/** Past this many modules a graph opens grouped by owner: drawn flat it is a grey carpet, slow to pan. */
export const GROUP_LIMIT = 2000;
export const MAX_FOCUS_HOPS = 6;

/** Whether the force layout takes the graph: it moves every pair of modules at each step, so only small graphs. */
export const forceFits = (graph: GoGraph | null): graph is GoGraph => graph !== null && forceTakes(graph.modules.length);

export interface ScaleViewSlice {
  /** Modules drawn inside one box per owner (github.com/org, golang.org/x, k8s.io, ...). */
  grouped: boolean;
  /** Owners whose group is open; the others are one node each. */
  expandedGroups: string[];
  /** Show only the selected module and what is within this many hops of it; null shows all. */
  focusHops: number | null;
  /** The graph opened grouped because of its size (the note says so). */
  groupedBecauseLarge: boolean;
  /** Width:height of the graph canvas, for the layout to fit. */
  graphAspect: number;
}

export const initialScaleView: ScaleViewSlice = {
  grouped: false,
  expandedGroups: [],
  focusHops: null,
  groupedBecauseLarge: false,
  graphAspect: 16 / 9,
};

/** The view a newly loaded graph opens in: grouped when large. */
export function scaleResetOnLoad(graph: GoGraph): Omit<ScaleViewSlice, 'graphAspect'> {
  const large = graph.modules.length > GROUP_LIMIT;
  return { grouped: large, expandedGroups: [], focusHops: null, groupedBecauseLarge: large };
}

export function createScaleActions(store: AppStore) {
  const { getState, setState } = store;
  return {
    toggleGrouped: () => setState((s) => ({ grouped: !s.grouped, expandedGroups: [], focusHops: null })),
    /** Opens a collapsed group, or collapses an open one. */
    toggleGroup: (owner: string) =>
      setState((s) => ({
        expandedGroups: s.expandedGroups.includes(owner) ? s.expandedGroups.filter((o) => o !== owner) : [...s.expandedGroups, owner],
      })),
    /** Opens the group holding a module (a search result inside a collapsed group). */
    revealInGroups(id: number) {
      const s = getState();
      const path = s.graph?.modules[id]?.path;
      if (!s.grouped || !path) return;
      const owner = ownerOf(path);
      if (!s.expandedGroups.includes(owner)) setState({ expandedGroups: [...s.expandedGroups, owner] });
    },
    setFocusHops: (hops: number | null) =>
      setState({ focusHops: hops === null ? null : Math.max(1, Math.min(MAX_FOCUS_HOPS, Math.round(hops))) }),
    showAll: () => setState({ focusHops: null }),
    setGraphAspect(aspect: number) {
      if (Number.isFinite(aspect) && aspect > 0 && Math.abs(aspect - getState().graphAspect) > 0.01) setState({ graphAspect: aspect });
    },
  };
}
