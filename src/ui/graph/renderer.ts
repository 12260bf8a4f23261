// Renderer settings by size, chosen by measurement on software rendering
// (2 cores, Chromium, no GPU): the canvas renderer pans at ~60 fps with 1,000
// nodes, 45 at 3,000 and 2 at 8,000; with textureOnViewport (a bitmap of the
// last frame is moved while the user pans or zooms) ~27 fps at 8,000.
// WebGL ran under 4 fps here, so it stays off.
import type { CytoscapeOptions } from 'cytoscape';

/** Above this many drawn elements, pans and zooms move a texture and hide edges. */
export const LARGE_ELEMENTS = 2500;

export interface RendererChoice {
  /** Straight edges without arrows too (cy-style). */
  large: boolean;
  options: Pick<CytoscapeOptions, 'textureOnViewport' | 'hideEdgesOnViewport' | 'pixelRatio' | 'motionBlur'>;
}

export function rendererFor(nodes: number, edges: number): RendererChoice {
  const large = nodes + edges > LARGE_ELEMENTS;
  return {
    large,
    options: { textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto', motionBlur: false },
  };
}
