// How vulnerabilities and policy violations mark the graph: an outline around
// the node (solid for called, dashed for imported, dotted for required) and an
// underlay for policy violations, beside the ⚠ / ⛔ signs in the label.
import type { StylesheetJson } from 'cytoscape';
import type { Severity } from '../../core/analysis';
import type { VulnLevel } from '../../core/governance';
import type { Theme } from '../../store/ui-slice';

export const VULN_COLOURS: Record<Theme, Record<VulnLevel, string>> = {
  light: { called: '#dc2626', imported: '#ea580c', required: '#ca8a04' },
  dark: { called: '#f87171', imported: '#fb923c', required: '#facc15' },
};

export const VULN_OUTLINE: Record<VulnLevel, { width: number; style: 'solid' | 'dashed' | 'dotted' }> = {
  called: { width: 4, style: 'solid' },
  imported: { width: 3, style: 'dashed' },
  required: { width: 3, style: 'dotted' },
};

export const POLICY_COLOURS: Record<Theme, Record<Severity, string>> = {
  light: { error: '#c026d3', warning: '#a855f7', info: '#94a3b8' },
  dark: { error: '#e879f9', warning: '#c084fc', info: '#64748b' },
};

export function vulnStyle(theme: Theme): StylesheetJson {
  const v = VULN_COLOURS[theme];
  const p = POLICY_COLOURS[theme];
  return [
    ...(Object.keys(v) as VulnLevel[]).map((level) => ({
      selector: `node.vuln-${level}`,
      style: { 'outline-color': v[level], 'outline-width': VULN_OUTLINE[level].width, 'outline-style': VULN_OUTLINE[level].style, 'outline-offset': 2 },
    })),
    ...(Object.keys(p) as Severity[]).map((severity) => ({
      selector: `node.policy-${severity}`,
      style: { 'underlay-color': p[severity], 'underlay-padding': 7, 'underlay-opacity': severity === 'error' ? 0.45 : 0.3, 'underlay-shape': 'round-rectangle' },
    })),
  ] as StylesheetJson;
}
