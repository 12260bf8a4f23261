// What the analysis views are showing: the hot-library table's order and
// filter, the finding lit on the graph, and a request to centre a module.
import type { HotColumn } from './analysis-select';
import type { AppStore } from './app-store';
import type { ColourMode } from './view-slice';

export type SortDirection = 'descending' | 'ascending';

export interface AnalysisViewSlice {
  hotSort: HotColumn;
  hotDirection: SortDirection;
  hotFilter: string;
  /** Index into analysis.findings of the finding whose modules are lit on the graph. */
  litFinding: number | null;
  /** Module ids lit on the graph (the lit finding's modules). */
  litIds: number[];
  /** The graph centres this module; `seq` makes a repeated request for the same module count. */
  centreOn: { id: number; seq: number } | null;
}

export const initialAnalysisView: AnalysisViewSlice = {
  hotSort: 'transitiveDependents',
  hotDirection: 'descending',
  hotFilter: '',
  litFinding: null,
  litIds: [],
  centreOn: null,
};

/** What a new load clears: a finding or centre request from the old graph means nothing in the new one. */
export const analysisResetOnLoad: Pick<AnalysisViewSlice, 'litFinding' | 'litIds' | 'centreOn'> = {
  litFinding: null,
  litIds: [],
  centreOn: null,
};

export function createAnalysisActions({ getState, setState }: AppStore) {
  const centre = (id: number) => ({ id, seq: (getState().centreOn?.seq ?? 0) + 1 });
  return {
    /** Sorts the hot table by a column; the same column again flips the direction. */
    sortHot(column: HotColumn) {
      const s = getState();
      if (s.hotSort === column) setState({ hotDirection: s.hotDirection === 'descending' ? 'ascending' : 'descending' });
      else setState({ hotSort: column, hotDirection: 'descending' });
    },
    setHotFilter: (hotFilter: string) => setState({ hotFilter }),
    setColourMode: (colourMode: ColourMode) => setState({ colourMode }),
    setSizeMetric: (sizeMetric: HotColumn) => setState({ sizeMetric }),
    /** Selects a module and centres it in the graph, staying on the current tab. */
    focusModule: (id: number) => setState({ selectedId: id, centreOn: centre(id) }),
    /** Lights a finding's modules on the graph and selects the first; the same finding again turns it off. */
    lightFinding(index: number, ids: number[]) {
      if (getState().litFinding === index || ids.length === 0) return setState({ litFinding: null, litIds: [] });
      setState({ litFinding: index, litIds: ids, selectedId: ids[0], centreOn: centre(ids[0]) });
    },
    clearLit: () => setState({ litFinding: null, litIds: [] }),
  };
}

export type AnalysisActions = ReturnType<typeof createAnalysisActions>;
