// What the user is looking at: the part of the state a share link restores.
import type { LayoutDirection, LayoutKind } from '../worker/client';
import type { HotColumn } from './analysis-select';

/** Side panel tabs; Hot libraries, Findings, Export and Share join them later. */
export type PanelTab = 'overview' | 'module' | 'hot' | 'findings' | 'diff' | 'governance';
/** Node colouring: by role, by the size metric on a sequential scale (hotness), or by worst finding severity. */
export type ColourMode = 'role' | 'hotness' | 'findings';

export interface ViewSlice {
  selectedId: number | null;
  hoveredId: number | null;
  query: string;
  panel: PanelTab;
  colourMode: ColourMode;
  /** The hot-library metric that sizes nodes (and colours them in 'hotness' mode). */
  sizeMetric: HotColumn;
  direction: LayoutDirection;
  /** The flat view's layout: layered in `direction`, or force-directed on demand (small graphs; a load lays out layered). */
  layout: LayoutKind;
  /** Draw import edges beside requirement edges (a package-only load always draws them). */
  showImports: boolean;
}

export const initialView: ViewSlice = {
  selectedId: null,
  hoveredId: null,
  query: '',
  panel: 'overview',
  colourMode: 'role',
  sizeMetric: 'transitiveDependents',
  direction: 'TB',
  layout: 'layered',
  showImports: false,
};
