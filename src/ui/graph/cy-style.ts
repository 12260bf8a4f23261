// The Cytoscape stylesheet for a theme. Labels vanish below a readable size
// when zoomed out (min-zoomed-font-size), which also keeps big graphs fast.
import type { StylesheetJson } from 'cytoscape';
import type { Theme } from '../../store/ui-slice';
import { metricStyles } from './metric-style';
import { groupStyles } from './grouping-style';
import { PALETTES } from './palette';
import { diffStyle } from './diff-style';
import { vulnStyle } from './vuln-style';

export const NODE_HEIGHT = 32;

export function graphStyle(theme: Theme, large: boolean): StylesheetJson {
  const p = PALETTES[theme];
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: NODE_HEIGHT,
        'background-color': p.roles.indirect.fill,
        'border-width': 1.5,
        'border-color': p.roles.indirect.border,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': 'ui-monospace, Menlo, Consolas, "Liberation Mono", monospace',
        'font-size': 11,
        'line-height': 1.35,
        color: p.text,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.main', style: { 'background-color': p.roles.main.fill, 'border-color': p.roles.main.border, 'border-width': 2.5, 'font-weight': 'bold' } },
    { selector: 'node.direct', style: { 'background-color': p.roles.direct.fill, 'border-color': p.roles.direct.border, 'border-width': 2 } },
    ...metricStyles(theme),
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': p.edge,
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': p.edge,
        'arrow-scale': 0.8,
      },
    },
    { selector: 'edge.imports', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4], 'line-color': p.importEdge, 'target-arrow-color': p.importEdge } },
    { selector: 'edge.off', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.focus', style: { 'border-color': p.focus, 'border-width': 3, 'z-index': 10 } },
    { selector: 'edge.out', style: { 'line-color': p.dependencies, 'target-arrow-color': p.dependencies, width: 2, 'z-index': 9 } },
    { selector: 'edge.in', style: { 'line-color': p.dependents, 'target-arrow-color': p.dependents, width: 2, 'z-index': 9 } },
    ...groupStyles(theme),
    ...diffStyle(theme),
    ...vulnStyle(theme),
  ];
}
