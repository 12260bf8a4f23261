// What the canvas shows of the loaded graph: everything (flat, at the
// worker's positions), the modules grouped by owner, or one module's
// neighbourhood. The controller rebuilds Cytoscape when the scene changes.
import type { ElementDefinition } from 'cytoscape';
import type { AppState } from '../../store';
import { graphElements } from './cy-elements';
import { focusElements } from './focus';
import { groupedElements } from './grouping';

export type SceneKind = 'flat' | 'grouped' | 'focus';

export interface Scene {
  kind: SceneKind;
  elements: ElementDefinition[];
  nodes: number;
  edges: number;
}

export function sceneKind(s: AppState): SceneKind {
  if (s.focusHops !== null && s.selectedId !== null) return 'focus';
  return s.grouped ? 'grouped' : 'flat';
}

export function buildScene(s: AppState): Scene | null {
  if (!s.graph || !s.positions || !s.derived) return null;
  const kind = sceneKind(s);
  const elements =
    kind === 'focus'
      ? focusElements(s.graph, s.derived, s.selectedId!, s.focusHops!, s.direction, s.graphAspect)
      : kind === 'grouped'
        ? groupedElements(s.graph, s.derived, new Set(s.expandedGroups), s.direction, s.graphAspect)
        : graphElements(s.graph, s.derived, s.positions);
  const nodes = elements.reduce((count, e) => count + (e.group === 'nodes' ? 1 : 0), 0);
  return { kind, elements, nodes, edges: elements.length - nodes };
}

/** Whether the change from prev to s needs new elements (a new graph, or another scene of it). */
export function sceneChanged(s: AppState, prev: AppState): boolean {
  if (s.graph !== prev.graph || s.derived !== prev.derived) return true;
  const kind = sceneKind(s);
  if (kind !== sceneKind(prev)) return true;
  if (kind === 'flat') return false;
  if (s.direction !== prev.direction || s.positions !== prev.positions) return true;
  if (kind === 'grouped') return s.expandedGroups !== prev.expandedGroups;
  return s.selectedId !== prev.selectedId || s.focusHops !== prev.focusHops;
}
