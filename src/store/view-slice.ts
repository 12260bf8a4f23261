// What the user is looking at: the part of the state a share link restores.
import type { LayoutDirection } from '../worker/client';

/** Side panel tabs; Hot libraries, Findings, Export and Share join them later. */
export type PanelTab = 'overview' | 'module';
/** Node colouring; 'hotness' and 'findings' join 'role' once the analyses land. */
export type ColourMode = 'role';

export interface ViewSlice {
  selectedId: number | null;
  hoveredId: number | null;
  query: string;
  panel: PanelTab;
  colourMode: ColourMode;
  direction: LayoutDirection;
  /** Draw import edges beside requirement edges (a package-only load always draws them). */
  showImports: boolean;
}

export const initialView: ViewSlice = {
  selectedId: null,
  hoveredId: null,
  query: '',
  panel: 'overview',
  colourMode: 'role',
  direction: 'TB',
  showImports: false,
};
