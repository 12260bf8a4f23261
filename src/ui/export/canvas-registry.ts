// The graph canvas on screen, for the PNG export of the current view. The
// graph controller registers each Cytoscape instance it creates.
import type { Core } from 'cytoscape';

let current: Core | null = null;

export function registerCanvas(cy: Core | null): void {
  current = cy;
}

/** Biggest side of an exported PNG: past it a browser may refuse to allocate the canvas. */
const MAX_SIDE = 8000;

/** A PNG of the whole graph as drawn now (colours, highlight, theme); null when no graph is shown. */
export async function canvasPng(background: string): Promise<Blob | null> {
  if (!current) return null;
  return current.png({ full: true, output: 'blob-promise', bg: background, scale: 2, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE });
}
