// A Cytoscape instance as the graph view makes one, so the landing page's
// warm-up (warm-up.ts) runs the same code a real load does.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Theme } from '../../store/ui-slice';
import { graphStyle } from './cy-style';
import { measureLabelsByAdvance } from './label-measure';
import type { RendererChoice } from './renderer';

/** Preset positions, the app's stylesheet and renderer settings, no selecting or dragging, labels measured by advance. */
export function graphInstance(container: HTMLElement, theme: Theme, renderer: RendererChoice, elements: ElementDefinition[] = []): Core {
  const cy = cytoscape({
    container,
    elements,
    layout: { name: 'preset', fit: false },
    style: graphStyle(theme, renderer.large),
    minZoom: 0.03,
    maxZoom: 3,
    ...renderer.options,
    boxSelectionEnabled: false,
    autounselectify: true,
    autoungrabify: true,
  });
  measureLabelsByAdvance(cy);
  if (renderer.options.webgl) webglInstances.add(cy);
  return cy;
}

const webglInstances = new WeakSet<Core>();

/**
 * Destroys an instance, and frees the WebGL context of one drawn with WebGL: Cytoscape leaves it,
 * and a page holds only a few (Chromium drops the oldest past 16, with a warning each time).
 */
export function dropInstance(cy: Core): void {
  // Only canvases that hold a context: asking a bare one for 'webgl2' would make one.
  const canvases = webglInstances.has(cy) ? Array.from(cy.container()?.querySelectorAll('canvas') ?? []) : [];
  if (!cy.destroyed()) cy.destroy();
  for (const canvas of canvases) canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
}
