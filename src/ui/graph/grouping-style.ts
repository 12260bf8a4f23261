// How owner groups look: a closed group is a tinted box with its module count;
// an open group is a compound box with its owner on top.
import type { StylesheetJson } from 'cytoscape';
import type { Theme } from '../../store/ui-slice';

const TINT = {
  light: { fill: '#f1f5f9', open: '#f8fafc', border: '#64748b', text: '#0f172a' },
  dark: { fill: '#1e293b', open: '#0b1222', border: '#94a3b8', text: '#e2e8f0' },
} as const;

export function groupStyles(theme: Theme): StylesheetJson {
  const t = TINT[theme];
  return [
    {
      selector: 'node.group',
      style: {
        height: 'data(h)',
        'background-color': t.fill,
        'border-color': t.border,
        'border-width': 1.5,
        'border-style': 'dashed',
        color: t.text,
        'font-family': 'ui-sans-serif, system-ui, sans-serif',
        'font-weight': 'bold',
        'font-size': 12,
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: 'node.group.open',
      style: {
        'background-color': t.open,
        'background-opacity': 0.9,
        'text-valign': 'top',
        'text-margin-y': 22,
        padding: '12px',
        shape: 'round-rectangle',
      },
    },
  ];
}
