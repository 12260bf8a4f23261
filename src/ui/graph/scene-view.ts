// Viewport and events for the grouped and focus scenes, and the mark the
// bench waits for (the first frame of a loaded graph).
import type { Core, NodeSingular } from 'cytoscape';
import type { AppState } from '../../store';
import { moduleIdOf, nodeId } from './cy-elements';
import { groupId, ownerOfGroup } from './grouping';
import { reveal } from './highlight';
import type { Positions } from '../../worker/client';
import type { SceneKind } from './scene';

export interface SceneCallbacks {
  select(id: number | null): void;
  hover(id: number | null): void;
  toggleGroup(owner: string): void;
}

const isGroup = (n: NodeSingular) => n.hasClass('group');
const READABLE = 1;

/** Taps on a group open or close it; taps on a module select it. Returns the last group toggled. */
export function bindSceneEvents(cy: Core, on: SceneCallbacks, toggled: (owner: string) => void): void {
  cy.on('tap', 'node', (e) => {
    const node = e.target as NodeSingular;
    if (!isGroup(node)) return on.select(moduleIdOf(node.id()));
    toggled(ownerOfGroup(node.id()));
    on.toggleGroup(ownerOfGroup(node.id()));
  });
  cy.on('mouseover', 'node', (e) => !isGroup(e.target) && on.hover(moduleIdOf(e.target.id())));
}

/** First view of a scene: flat graphs as before; a grouped view fits, closing in on the group just opened. */
export function sceneView(cy: Core, kind: SceneKind, s: AppState, lastToggled: string | null): void {
  if (kind === 'flat') return s.positions ? firstView(cy, s.positions, s.graph?.mainIds ?? []) : undefined;
  const opened = lastToggled ? cy.getElementById(groupId(lastToggled)) : null;
  const target = opened && opened.nonempty() && opened.hasClass('open') ? opened : cy.elements();
  cy.fit(target, 30);
  if (cy.zoom() > READABLE) cy.zoom({ level: READABLE, position: target.boundingBox().x1 !== undefined ? center(target.boundingBox()) : { x: 0, y: 0 } });
  // Focus shows the whole neighbourhood; a grouped view closes in on a module found by search.
  if (kind === 'grouped' && s.selectedId !== null && cy.getElementById(nodeId(s.selectedId)).nonempty()) reveal(cy, s.selectedId);
}

const center = (b: { x1: number; x2: number; y1: number; y2: number }) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });

/**
 * Marks `name` once Cytoscape has drawn the elements (the frame after its first render);
 * `drawn`: the caller runs in the task after the frame that drew them (sliced-add.ts), so now.
 */
function markDrawn(name: string, cy: Core, drawn: boolean): void {
  if (drawn) performance.mark(name);
  else cy.one('render', () => requestAnimationFrame(() => performance.mark(name)));
}

/** `gotopo:interactive`: the first view is drawn whole and answers input (the bench's first picture). */
export const markInteractive = (cy: Core, drawn = false) => markDrawn('gotopo:interactive', cy, drawn);
/** `gotopo:complete`: every element of the scene is in (later than interactive for a big flat scene, view-first.ts). */
export const markComplete = (cy: Core, drawn = false) => markDrawn('gotopo:complete', cy, drawn);

const READABLE_ZOOM = 0.7;
const PAD = 30;

/**
 * First view of the flat graph, from the worker's drawing size alone: cy.fit
 * would measure every label first (half a second at 2,000 modules). All of it
 * when readable, else the main modules at a readable zoom: near the top, where
 * a layered drawing starts, or in the middle of the view in a force layout.
 */
export function firstView(cy: Core, p: Positions, mainIds: number[]): void {
  const w = cy.width();
  const h = cy.height();
  const fit = Math.min((w - 2 * PAD) / Math.max(1, p.width), (h - 2 * PAD) / Math.max(1, p.height), cy.maxZoom());
  if (fit >= READABLE_ZOOM) {
    cy.viewport({ zoom: fit, pan: { x: (w - p.width * fit) / 2, y: (h - p.height * fit) / 2 } });
    return;
  }
  const ids = mainIds.length > 0 ? mainIds : [0];
  const ax = ids.reduce((sum, id) => sum + p.x[id], 0) / ids.length;
  if (p.layout === 'force') {
    const ay = ids.reduce((sum, id) => sum + p.y[id], 0) / ids.length;
    cy.viewport({ zoom: READABLE_ZOOM, pan: { x: w / 2 - ax * READABLE_ZOOM, y: h / 2 - ay * READABLE_ZOOM } });
    return;
  }
  const top = Math.min(...ids.map((id) => p.y[id])) - 16;
  cy.viewport({ zoom: READABLE_ZOOM, pan: { x: w / 2 - ax * READABLE_ZOOM, y: 60 - top * READABLE_ZOOM } });
}
