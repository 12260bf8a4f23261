// Measures, once per browser and GPU, whether Cytoscape's WebGL mode draws a
// big graph faster than its canvas renderer (backend.ts), in idle time on the
// landing page after the graph's warm-up. Each renderer gets the same
// throwaway graph off screen, added in slices, and a mouse drag across it (as
// a user pans: the canvas then moves a texture of its last frame); the median
// frame time decides. A load needs the main thread: the probe does not start
// during one or once a graph is shown, and stops (unmeasured) when one starts.
// Without WebGL 2, or on a software GPU, the canvas is chosen unmeasured: on
// SwiftShader here the probe measured 16.7 ms a frame for the canvas against
// 50-67 for WebGL at 3,000 nodes, and its WebGL half took ~1 s of frames.
import { appStore } from '../../store';
import { nextFrame } from '../../worker/next-task';
import { backendChoice, isSoftwareGpu, pickBackend, setBackendChoice, storedChoice } from './backend';
import { loading, offScreen } from './off-screen';
import { rendererFor, LARGE_ELEMENTS } from './renderer';
import { warmUpElements } from './warm-up';

/** Nodes of the probe's graph: big enough that drawing, not overhead, sets the frame time. */
const PROBE_NODES = 3000;
/** Frames timed per renderer, after a few to build its textures. */
const FRAMES = 12;
const SETTLE_FRAMES = 4;

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

/** Median frame time (ms) of one renderer drawing the probe graph while it is dragged; null if a load started. */
function frameTime(webgl: boolean): Promise<number | null> {
  const renderer = rendererFor(PROBE_NODES, LARGE_ELEMENTS, webgl ? 'webgl' : 'canvas');
  return offScreen(renderer, warmUpElements(PROBE_NODES), async (cy) => {
    cy.zoom(0.25);
    await nextFrame();
    // A drag with the mouse, as a user pans: the canvas then moves a texture of the last frame (renderer.ts).
    const box = cy.container()!.getBoundingClientRect();
    const at = (dx: number): MouseEventInit => ({ clientX: box.left + 400 + dx, clientY: box.top + 300, bubbles: true, button: 0, buttons: 1 });
    (cy.container()!.querySelector('canvas') ?? cy.container()!).dispatchEvent(new MouseEvent('mousedown', at(0)));
    const stamps: number[] = [];
    let dx = 0;
    try {
      for (let i = 0; i < SETTLE_FRAMES + FRAMES; i++) {
        if (cy.destroyed()) return null;
        dx += i % 8 < 4 ? 12 : -12;
        window.dispatchEvent(new MouseEvent('mousemove', at(dx)));
        const t = await nextFrame();
        if (i >= SETTLE_FRAMES) stamps.push(t);
      }
    } finally {
      window.dispatchEvent(new MouseEvent('mouseup', at(dx)));
    }
    return median(stamps.slice(1).map((t, i) => t - stamps[i]));
  });
}

/** Decides the backend for big graphs: kept from an earlier visit, by the GPU, or measured now. */
export async function chooseBackend(): Promise<void> {
  // Only on the idle landing page: even asking for a WebGL context can take tens of ms, too long beside a load.
  // Not in a hidden tab either: frames stop there, and the probe's graph would wait in memory.
  if (backendChoice().reason !== 'unmeasured' || loading() || appStore.getState().graph !== null || document.hidden) return;
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
