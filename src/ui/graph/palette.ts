// Colours of the graph per theme; the legend reads the same table so the two never disagree.
import { LIGHT_SVG_COLOURS } from '../../core/export/svg';
import type { Role } from '../../store/derive';
import type { Theme } from '../../store/ui-slice';

export interface Palette {
  background: string;
  text: string;
  edge: string;
  importEdge: string;
  /** Edges to what the focused module depends on, and from what depends on it. */
  dependencies: string;
  dependents: string;
  focus: string;
  roles: Record<Role, { fill: string; border: string }>;
}

export const PALETTES: Record<Theme, Palette> = {
  // The light theme is the exporters' default palette, so an exported SVG looks like the app.
  light: {
    ...LIGHT_SVG_COLOURS,
    edge: '#cbd5e1',
    importEdge: '#94a3b8',
    dependencies: '#0284c7',
    dependents: '#d97706',
    focus: '#0f172a',
  },
  dark: {
    background: '#020617',
    text: '#e2e8f0',
    edge: '#334155',
    importEdge: '#64748b',
    dependencies: '#38bdf8',
    dependents: '#fbbf24',
    focus: '#f8fafc',
    roles: {
      main: { fill: '#2e1065', border: '#a78bfa' },
      direct: { fill: '#082f49', border: '#38bdf8' },
      indirect: { fill: '#0f172a', border: '#475569' },
    },
  },
};
