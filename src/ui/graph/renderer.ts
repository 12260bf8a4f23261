// Renderer settings by size, chosen by measurement on software rendering
// (2 cores, Chromium, no GPU): the canvas renderer pans at ~60 fps with 1,000
// nodes, 45 at 3,000 and 2 at 8,000; with textureOnViewport (a bitmap of the
// last frame is moved while the user pans or zooms) ~27 fps at 8,000.
// WebGL ran under 4 fps here; it draws big graphs only where a measurement in
// the user's browser says it is faster there (backend.ts, backend-probe.ts).
import type { CytoscapeOptions } from 'cytoscape';
import { backendChoice } from './backend';
import type { Backend } from './backend';

/** Above this many drawn elements, pans and zooms move a texture and hide edges. */
export const LARGE_ELEMENTS = 2500;

export interface RendererChoice {
  /** Straight edges without arrows too (cy-style). */
  large: boolean;
  /** Cytoscape's WebGL mode (a renderer option its typings lack). */
  options: Pick<CytoscapeOptions, 'textureOnViewport' | 'hideEdgesOnViewport' | 'pixelRatio' | 'motionBlur'> & { webgl?: boolean };
}

/** Settings for a scene of this size; a big one on the backend measured best here (WebGL needs neither texture trick). */
export function rendererFor(nodes: number, edges: number, backend: Backend = backendChoice().backend): RendererChoice {
  const large = nodes + edges > LARGE_ELEMENTS;
  const webgl = large && backend === 'webgl';
  return {
    large,
    options: { textureOnViewport: large && !webgl, hideEdgesOnViewport: large && !webgl, pixelRatio: large ? 1 : 'auto', motionBlur: false, ...(webgl ? { webgl } : {}) },
  };
}
