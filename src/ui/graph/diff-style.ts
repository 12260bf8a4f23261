// How a comparison marks the graph: changed modules by border style and fill
// (and a sign in the label), changed requirement edges by colour, width and dash.
import type { StylesheetJson } from 'cytoscape';
import type { DiffChange } from '../../store/governance-marks';
import type { Theme } from '../../store/ui-slice';

export interface DiffColours {
  fill: string;
  border: string;
}

export const DIFF_COLOURS: Record<Theme, Record<DiffChange, DiffColours>> = {
  light: {
    added: { fill: '#dcfce7', border: '#15803d' },
    removed: { fill: '#fee2e2', border: '#b91c1c' },
    upgraded: { fill: '#dbeafe', border: '#1d4ed8' },
    downgraded: { fill: '#fef3c7', border: '#b45309' },
  },
  dark: {
    added: { fill: '#052e16', border: '#4ade80' },
    removed: { fill: '#450a0a', border: '#f87171' },
    upgraded: { fill: '#172554', border: '#60a5fa' },
    downgraded: { fill: '#451a03', border: '#fbbf24' },
  },
};

/** Border line per change: added solid, removed dashed, upgraded double, downgraded dotted. */
export const DIFF_BORDER: Record<DiffChange, 'solid' | 'dashed' | 'double' | 'dotted'> = {
  added: 'solid',
  removed: 'dashed',
  upgraded: 'double',
  downgraded: 'dotted',
};

export function diffStyle(theme: Theme): StylesheetJson {
  const c = DIFF_COLOURS[theme];
  const nodes = (Object.keys(c) as DiffChange[]).map((change) => ({
    selector: `node.diff-${change}`,
    style: {
      'background-color': c[change].fill,
      'border-color': c[change].border,
      'border-width': change === 'upgraded' ? 5 : 3,
      'border-style': DIFF_BORDER[change],
    },
  }));
  return [
    { selector: 'node[govLabel]', style: { label: 'data(govLabel)', width: 'data(govW)' } },
    ...nodes,
    { selector: 'edge.diff-edge-added', style: { 'line-color': c.added.border, 'target-arrow-color': c.added.border, width: 2.5, 'z-index': 8 } },
    {
      selector: 'edge.diff-edge-removed',
      style: { 'line-color': c.removed.border, 'target-arrow-color': c.removed.border, width: 2.5, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'z-index': 8 },
    },
  ];
}
