// Measures, once per browser and GPU, whether Cytoscape's WebGL mode draws a
// big graph faster than its canvas renderer (backend.ts), in idle time on the
// landing page after the graph's warm-up. Each renderer draws the same
// throwaway graph off screen while it is panned a frame at a time; the median
// frame time decides. A load in flight needs the main thread: the probe does
// not start then or once a graph is shown, and stops (unmeasured) when one starts. Without WebGL 2, or
// on a software GPU (where WebGL measured under 4 fps against the canvas's ~27
// at 8,000 nodes), the canvas is chosen without spending the seconds a probe
// would block the page there.
import type { Core } from 'cytoscape';
import { appStore } from '../../store';
import { backendChoice, isSoftwareGpu, pickBackend, setBackendChoice, storedChoice } from './backend';
import { graphInstance } from './graph-instance';
import { rendererFor, LARGE_ELEMENTS } from './renderer';
import { warmUpElements } from './warm-up';

/** Nodes of the probe's graph: big enough that drawing, not overhead, sets the frame time. */
const PROBE_NODES = 3000;
/** Frames timed per renderer, after a few to build its textures. */
const FRAMES = 12;
const SETTLE_FRAMES = 4;

const loading = () => appStore.getState().loading !== null;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The GPU WebGL 2 runs on, by name; null without WebGL 2 (Cytoscape's WebGL mode needs it). */
export function webglGpu(): string | null {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** Median frame time (ms) of one renderer redrawing the probe graph while it pans; null if a load started. */
async function frameTime(webgl: boolean): Promise<number | null> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-10000px', top: '0', width: '800px', height: '600px', pointerEvents: 'none' });
  document.body.append(container);
  let cy: Core | null = null;
  try {
    const large = rendererFor(PROBE_NODES, LARGE_ELEMENTS, webgl ? 'webgl' : 'canvas');
    cy = graphInstance(container, appStore.getState().theme, large, warmUpElements(PROBE_NODES));
    cy.zoom(0.25);
    const stamps: number[] = [];
    for (let i = 0; i < SETTLE_FRAMES + FRAMES; i++) {
      if (loading()) return null;
      cy.panBy({ x: i % 2 ? -40 : 40, y: 10 });
      const t = await nextFrame();
      if (i >= SETTLE_FRAMES) stamps.push(t);
    }
    return median(stamps.slice(1).map((t, i) => t - stamps[i]));
  } finally {
    cy?.destroy();
    container.remove();
  }
}

/** Decides the backend for big graphs: kept from an earlier visit, by the GPU, or measured now. */
export async function chooseBackend(): Promise<void> {
  // Only on the idle landing page: even asking for a WebGL context can take tens of ms, too long beside a load.
  if (backendChoice().reason !== 'unmeasured' || loading() || appStore.getState().graph !== null) return;
  const gpu = webglGpu();
  if (gpu === null) return setBackendChoice({ backend: 'canvas', reason: 'no-webgl', gpu: '' }, null);
  if (isSoftwareGpu(gpu)) return setBackendChoice({ backend: 'canvas', reason: 'software', gpu }, null);
  const kept = storedChoice(storage(), gpu);
  if (kept) return setBackendChoice(kept, null);
  const canvasMs = await frameTime(false);
  const webglMs = canvasMs === null ? null : await frameTime(true);
  if (canvasMs === null || webglMs === null) return;
  setBackendChoice({ backend: pickBackend(canvasMs, webglMs), reason: 'measured', gpu, canvasMs, webglMs }, storage());
}
