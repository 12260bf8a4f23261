// Node size by a hot-library metric, colour by hotness or worst finding,
// badges on modules with findings, and the lit finding's halo. Everything is
// set in one cy.batch per change, as classes and data the stylesheet maps.
import type { Core, NodeCollection, StylesheetJson } from 'cytoscape';
import { metricValue } from '../../core/analysis';
import type { Severity } from '../../core/analysis';
import type { AppState } from '../../store';
import { moduleFindings } from '../../store/analysis-select';
import type { Theme } from '../../store/ui-slice';
import { TALLEST_NODE } from '../../worker/layout-input';
import { moduleIdOf, nodeId } from './cy-elements';
import { BADGE, HOT_STEPS, LIT, SEVERITY_SWATCH } from './metric-palette';

const BASE_HEIGHT = 32;
/** Height added to the biggest node; the layered layout's row gap and the force layout's boxes keep this free of overlaps. */
const GROWTH = TALLEST_NODE - BASE_HEIGHT;
const SEVERITIES: Severity[] = ['info', 'warning', 'error'];
const MODE_CLASSES = 'hot-0 hot-1 hot-2 hot-3 hot-4 hot-5 sev-error sev-warning sev-info sev-none';

/** Stylesheet rules for the analysis modes; they come after the role rules and before focus and fading. */
export function metricStyles(theme: Theme): StylesheetJson {
  const hot = HOT_STEPS[theme].map((s, i) => ({ selector: `node.hot-${i}`, style: { 'background-color': s.fill, 'border-color': s.border, 'border-width': i === 0 ? 1.5 : 2 } }));
  const sev = Object.entries(SEVERITY_SWATCH[theme]).map(([k, s]) => ({
    selector: `node.sev-${k}`,
    style: { 'background-color': s.fill, 'border-color': s.border, 'border-width': k === 'none' ? 1.5 : k === 'error' ? 3 : 2 },
  }));
  return [
    { selector: 'node[h]', style: { height: 'data(h)' } },
    { selector: 'node[badged]', style: { label: 'data(badged)' } },
    ...hot,
    ...sev,
    { selector: 'node.lit', style: { 'underlay-color': LIT[theme], 'underlay-padding': 7, 'underlay-opacity': 0.5, 'underlay-shape': 'round-rectangle' } as never },
  ];
}

// Square root spreads the long tail of small counts apart from the few giants.
const scale = (v: number | null, max: number) => (v === null || max <= 0 ? 0 : Math.sqrt(Math.max(0, v) / max));

function applyModes(cy: Core, s: AppState, nodes: NodeCollection = cy.nodes()): void {
  const { graph, analysis } = s;
  if (!graph || !analysis) return;
  const values = analysis.hot.map((h) => (graph.modules[h.id].main ? null : metricValue(h, s.sizeMetric)));
  const max = values.reduce<number>((m, v) => Math.max(m, v ?? 0), 0);
  const worst = moduleFindings(graph, analysis).worst;
  cy.batch(() => {
    nodes.forEach((n) => {
      const id = moduleIdOf(n.id());
      const m = graph.modules[id];
      // Owner groups (large graphs) are not modules.
      if (!m || n.isParent() || n.hasClass('group')) return;
      const t = scale(values[id] ?? null, max);
      n.data('h', Math.round(BASE_HEIGHT + GROWTH * t));
      n.removeClass(MODE_CLASSES);
      const severity = worst[id] > 0 ? SEVERITIES[worst[id] - 1] : null;
      if (!m.main && s.colourMode === 'hotness') n.addClass(`hot-${values[id] ? 1 + Math.min(4, Math.floor(t * 5)) : 0}`);
      if (!m.main && s.colourMode === 'findings') n.addClass(`sev-${severity ?? 'none'}`);
      // Info findings are everywhere (version skew, graph-only): badged only when findings are the colour.
      const badge = severity && (severity !== 'info' || s.colourMode === 'findings') ? BADGE[severity] : null;
      const label = m.version ? `${m.path}\n${m.version}` : m.path;
      if (badge) n.data('badged', `${badge} ${label}`);
      else n.removeData('badged');
    });
  });
}

function applyLit(cy: Core, s: AppState): void {
  cy.batch(() => {
    cy.nodes('.lit').removeClass('lit');
    for (const id of s.litIds) cy.getElementById(nodeId(id)).addClass('lit').removeClass('faded');
  });
}

function centre(cy: Core, id: number): void {
  const node = cy.getElementById(nodeId(id));
  if (node.empty()) return;
  cy.stop();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
}

/** Size and colour modes of nodes just added (a scene added in slices: graph-controller). */
export function styleAddedNodes(cy: Core, s: AppState, nodes: NodeCollection): void {
  applyModes(cy, s, nodes);
}

/** The rest of syncAnalysisStyle for a scene added in slices, once all is in: lit modules and centring. */
export function syncLitAndCentre(cy: Core, s: AppState): void {
  applyLit(cy, s);
  if (s.centreOn) centre(cy, s.centreOn.id);
}

/**
 * Brings the canvas in step with the analysis view state; call after the
 * controller's own updates (a new instance: no `prev`). Focus changes re-fade
 * the graph, so the lit modules are re-lit after them.
 */
export function syncAnalysisStyle(cy: Core, s: AppState, prev?: AppState): void {
  const fresh = !prev;
  if (fresh || s.analysis !== prev.analysis || s.sizeMetric !== prev.sizeMetric || s.colourMode !== prev.colourMode) applyModes(cy, s);
  const focus = s.hoveredId ?? s.selectedId;
  if (fresh || s.litIds !== prev.litIds || focus !== (prev.hoveredId ?? prev.selectedId)) applyLit(cy, s);
  if (s.centreOn && (fresh || s.centreOn !== prev.centreOn)) centre(cy, s.centreOn.id);
}
