// Binds Cytoscape to the store. React mounts it once; from then on the store
// drives Cytoscape directly and React never re-renders the canvas.
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { AppState, AppStore } from '../../store';
import { moduleIdOf } from './cy-elements';
import { graphStyle } from './cy-style';
import { highlight, reveal } from './highlight';
import { dropInstance, graphInstance } from './graph-instance';
import { backendChoice } from './backend';
import { rendererFor } from './renderer';
import { buildScene, sceneChanged } from './scene';
import { bindSceneEvents, firstView, markComplete, markInteractive, sceneView } from './scene-view';
import { addInSlices, SLICE_ABOVE } from './sliced-add';
import { viewFirst } from './view-first';
import { registerCanvas } from '../export/canvas-registry';
import { styleAddedNodes, syncAnalysisStyle, syncLitAndCentre } from './metric-style';
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
    if (cy) dropInstance(cy);
    cy = null;
    const scene = buildScene(s);
    if (!scene) return;
    const renderer = rendererFor(scene.nodes, scene.edges);
    large = renderer.large;
    // A big scene is added after creation, in slices (sliced-add.ts); the flat view needs no elements to place the viewport.
    const sliced = scene.elements.length > SLICE_ABOVE;
    // A big flat scene gets its view up front and goes in with that view's elements first (view-first.ts).
    const viewFirstScene = sliced && scene.kind === 'flat';
    const instance = graphInstance(container, s.theme, renderer, sliced ? [] : scene.elements);
    // Which renderer draws it, and how big graphs' renderer was chosen (backend.ts): for bug reports and the tests.
    container.dataset.renderer = renderer.options.webgl ? 'webgl' : 'canvas';
    container.dataset.rendererChoice = backendChoice().reason;
    bindSceneEvents(instance, on, (owner) => (lastToggled = owner));
    instance.on('tap', (e) => e.target === instance && on.select(null));
    instance.on('mouseout', 'node', () => on.hover(null));
    cy = instance;
    registerCanvas(instance);
    const toggled = lastToggled;
    lastToggled = null;
    // Classes, highlight and view from the state current when the elements are all in.
    const finish = (now: AppState) => {
      showImports(instance, now);
      // The user may have panned since the first view; positions may have moved on.
      if (!viewFirstScene) sceneView(instance, scene.kind, now, toggled);
      else if (now.positions !== s.positions) move(instance, now);
      if (!viewFirstScene) markInteractive(instance, sliced);
      markComplete(instance, sliced);
      highlight(instance, now.hoveredId ?? now.selectedId);
      // Sliced: each slice got its size and colour classes as it was added (restyling all at the end would block).
      if (sliced) syncLitAndCentre(instance, now);
      else syncAnalysisStyle(instance, now);
    };
    if (!sliced) return finish(s);
    if (viewFirstScene && s.positions) firstView(instance, s.positions, s.graph?.mainIds ?? []);
    const ordered = viewFirstScene ? viewFirst(scene.elements, instance.extent()) : null;
    const styleSlice = (added: CollectionReturnValue) => {
      const now = store.getState();
      if (now.derived?.edgeKind === 'requires' && !now.showImports) added.edges('.imports').addClass('off');
      styleAddedNodes(instance, now, added.nodes());
    };
    const first = ordered ? { count: ordered.inView, drawn: () => markInteractive(instance, true) } : undefined;
    void addInSlices(instance, ordered?.elements ?? scene.elements, styleSlice, first).then((done) => done && cy === instance && finish(store.getState()));
  };

  // Import edges are extra detail beside requirements; alone (package-only load) they are the graph.
  const showImports = (c: Core, s: AppState) => {
    const primary = s.derived?.edgeKind !== 'requires';
    c.batch(() => c.edges('.imports').toggleClass('off', !primary && !s.showImports));
  };

  const move = (c: Core, s: AppState) => {
    if (!s.positions) return;
    const { x, y } = s.positions;
    c.batch(() => c.nodes().positions((n) => ({ x: x[moduleIdOf(n.id())], y: y[moduleIdOf(n.id())] })));
    firstView(c, s.positions, s.graph?.mainIds ?? []);
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
      if (cy) dropInstance(cy);
    },
  };
}
