// Binds Cytoscape to the store. React mounts it once; from then on the store
// drives Cytoscape directly and React never re-renders the canvas.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { AppState, AppStore } from '../../store';
import { graphElements, moduleIdOf } from './cy-elements';
import { graphStyle } from './cy-style';
import { highlight, initialView, reveal } from './highlight';

// Above this many nodes edges are straight and hidden while panning.
const LARGE = 1500;

export interface GraphHandle {
  fit(): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

interface Callbacks {
  select(id: number | null): void;
  hover(id: number | null): void;
}

export function mountGraph(container: HTMLElement, store: AppStore, on: Callbacks): GraphHandle {
  let cy: Core | null = null;
  let large = false;

  // A new instance per graph: renderer options such as hideEdgesOnViewport are fixed at creation.
  const create = (s: AppState) => {
    cy?.destroy();
    cy = null;
    if (!s.graph || !s.positions || !s.derived) return;
    large = s.graph.modules.length > LARGE;
    const instance = cytoscape({
      container,
      elements: graphElements(s.graph, s.derived, s.positions),
      layout: { name: 'preset', fit: false },
      style: graphStyle(s.theme, large),
      minZoom: 0.03,
      maxZoom: 3,
      textureOnViewport: true,
      hideEdgesOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      boxSelectionEnabled: false,
      autounselectify: true,
      autoungrabify: true,
    });
    instance.on('tap', 'node', (e) => on.select(moduleIdOf(e.target.id())));
    instance.on('tap', (e) => e.target === instance && on.select(null));
    instance.on('mouseover', 'node', (e) => on.hover(moduleIdOf(e.target.id())));
    instance.on('mouseout', 'node', () => on.hover(null));
    showImports(instance, s);
    initialView(instance, s.graph.mainIds);
    highlight(instance, s.hoveredId ?? s.selectedId);
    cy = instance;
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
    if (s.graph !== prev.graph || s.derived !== prev.derived) return create(s);
    if (!cy) return;
    if (s.positions !== prev.positions) move(cy, s);
    if (s.showImports !== prev.showImports) showImports(cy, s);
    if (s.theme !== prev.theme) cy.style(graphStyle(s.theme, large));
    const focus = s.hoveredId ?? s.selectedId;
    if (focus !== (prev.hoveredId ?? prev.selectedId)) highlight(cy, focus);
    if (s.selectedId !== null && s.selectedId !== prev.selectedId) reveal(cy, s.selectedId);
  });

  return {
    fit: () => cy?.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 }),
    zoomBy: (factor) => {
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    destroy: () => {
      unsubscribe();
      cy?.destroy();
    },
  };
}
