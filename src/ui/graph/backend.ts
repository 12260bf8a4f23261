// Which of Cytoscape's renderers draws big graphs: its canvas renderer or its
// WebGL mode. Measured here on software rendering (2 cores, no GPU), WebGL
// ran under 4 fps at 8,000 nodes where the canvas with viewport textures held
// ~27; on a real GPU it may win. So the choice is made per browser from a
// measurement (backend-probe.ts) and kept with the GPU's name: canvas until
// a measurement says WebGL draws a big graph clearly faster.

export type Backend = 'canvas' | 'webgl';

/** How the backend was chosen: no WebGL 2, a software GPU, measured, or not yet measured. */
export type BackendReason = 'no-webgl' | 'software' | 'measured' | 'unmeasured';

export interface BackendChoice {
  backend: Backend;
  reason: BackendReason;
  /** The GPU as WebGL names it; empty when unknown. */
  gpu: string;
  /** Median frame times of the probe's redraws, ms (measured only). */
  canvasMs?: number;
  webglMs?: number;
}

/** WebGL must draw a frame in this share of the canvas's time or less to be chosen: a clear win, not noise. */
export const WEBGL_WIN = 0.7;

/** Renderers that draw on the CPU: their WebGL is slower than the canvas (measured, see above). */
export function isSoftwareGpu(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** WebGL only when it drew the probe's frames clearly faster. */
export function pickBackend(canvasMs: number, webglMs: number): Backend {
  return Number.isFinite(webglMs) && webglMs <= canvasMs * WEBGL_WIN ? 'webgl' : 'canvas';
}

const KEY = 'gotopo:renderer';
let choice: BackendChoice = { backend: 'canvas', reason: 'unmeasured', gpu: '' };

/** The backend big graphs are drawn with now. */
export const backendChoice = (): BackendChoice => choice;

export function setBackendChoice(next: BackendChoice, storage: Pick<Storage, 'setItem'> | null): void {
  choice = next;
  try {
    if (next.reason === 'measured') storage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused (private mode): measured again next time.
  }
}

/** A measurement kept for this GPU by an earlier visit; null when there is none or it is unreadable. */
export function storedChoice(storage: Pick<Storage, 'getItem'> | null, gpu: string): BackendChoice | null {
  try {
    const kept: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return null;
    const { gpu: keptGpu, canvasMs, webglMs } = kept as Record<string, unknown>;
    if (keptGpu !== gpu || typeof canvasMs !== 'number' || typeof webglMs !== 'number') return null;
    return { backend: pickBackend(canvasMs, webglMs), reason: 'measured', gpu, canvasMs, webglMs };
  } catch {
    return null;
  }
}
