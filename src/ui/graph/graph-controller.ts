// Binds Cytoscape to the store. React mounts it once; from then on the store
// drives Cytoscape directly and React never re-renders the canvas.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { AppState, AppStore } from '../../store';
import { moduleIdOf } from './cy-elements';
import { graphStyle } from './cy-style';
import { highlight, initialView, reveal } from './highlight';
import { rendererFor } from './renderer';
import { buildScene, sceneChanged } from './scene';
import { bindSceneEvents, markInteractive, sceneView } from './scene-view';
import { registerCanvas } from '../export/canvas-registry';
import { syncAnalysisStyle } from './metric-style';
import { mountGovernanceOverlay } from '../governance/graph-overlay';

export interface GraphHandle {
  fit(): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

interface Callbacks {
  select(id: number | null): void;
  hover(id: number | null): void;
  toggleGroup(owner: string): void;
  revealInGroups(id: number): void;
}

export function mountGraph(container: HTMLElement, store: AppStore, on: Callbacks): GraphHandle {
  let cy: Core | null = null;
  let large = false;
  let lastToggled: string | null = null;

  // A new instance per graph: renderer options such as hideEdgesOnViewport are fixed at creation.
  const create = (s: AppState) => {
    cy?.destroy();
    cy = null;
    const scene = buildScene(s);
    if (!scene) return;
    const renderer = rendererFor(scene.nodes, scene.edges);
    large = renderer.large;
    const instance = cytoscape({
      container,
      elements: scene.elements,
      layout: { name: 'preset', fit: false },
      style: graphStyle(s.theme, large),
      minZoom: 0.03,
      maxZoom: 3,
      ...renderer.options,
      boxSelectionEnabled: false,
      autounselectify: true,
      autoungrabify: true,
    });
    bindSceneEvents(instance, on, (owner) => (lastToggled = owner));
    instance.on('tap', (e) => e.target === instance && on.select(null));
    instance.on('mouseout', 'node', () => on.hover(null));
    showImports(instance, s);
    sceneView(instance, scene.kind, s, lastToggled);
    lastToggled = null;
    markInteractive(instance);
    highlight(instance, s.hoveredId ?? s.selectedId);
    syncAnalysisStyle(instance, s);
    cy = instance;
    registerCanvas(instance);
  };

  // Import edges are extra detail beside requirements; alone (package-only load) they are the graph.
  const showImports = (c: Core, s: AppState) => {
    const primary = (s.graph?.requires.targets.length ?? 0) === 0;
    c.batch(() => c.edges('.imports').toggleClass('off', !primary && !s.showImports));
  };

  const move = (c: Core, s: AppState) => {
    if (!s.positions) return;
    const { x, y } = s.positions;
    c.batch(() => c.nodes().positions((n) => ({ x: x[moduleIdOf(n.id())], y: y[moduleIdOf(n.id())] })));
    initialView(c, s.graph?.mainIds ?? []);
  };

  create(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (sceneChanged(s, prev)) return create(s);
    if (!cy) return;
    if (s.positions !== prev.positions) move(cy, s);
    if (s.showImports !== prev.showImports) showImports(cy, s);
    if (s.theme !== prev.theme) cy.style(graphStyle(s.theme, large));
    const focus = s.hoveredId ?? s.selectedId;
    if (focus !== (prev.hoveredId ?? prev.selectedId)) highlight(cy, focus);
    if (s.selectedId !== null && s.selectedId !== prev.selectedId) {
      // A module hidden in a closed group: open it (the new scene reveals the module).
      const id = s.selectedId;
      if (s.grouped) queueMicrotask(() => on.revealInGroups(id));
      reveal(cy, id);
    }
    syncAnalysisStyle(cy, s, prev);
  });

  // Diff, vulnerability and policy marks: subscribed after the controller, so they land on the new instance.
  const unmountOverlay = mountGovernanceOverlay(() => cy, store);

  return {
    fit: () => cy?.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 }),
    zoomBy: (factor) => {
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    destroy: () => {
      unsubscribe();
      unmountOverlay();
      registerCanvas(null);
      cy?.destroy();
    },
  };
}
