// Warms the graph's code while the landing page waits for the user's input.
// Cytoscape's and gotopo's graph code runs cold the first time: a second
// load of the same 1,000-module graph in one page showed its first view in
// 0.57-0.87 s against 1.16-1.26 s for the first. So once the landing page is
// idle, a throwaway instance off screen builds, styles, measures and draws a
// small Go-shaped graph the way a big load does (~0.3 s of idle time), and is
// dropped. Back to back, the first 1,000-module load's first view came
// 9-16 % sooner (medians of 6-8) when picked at once, 17-28 % when picked 1.5 s later.
// The load worker warms its own code as it starts (src/worker/warm-up.ts).
import type { ElementDefinition } from 'cytoscape';
import { nodeWidth } from '../../worker/layout-input';
import { offScreen } from './off-screen';
import { LARGE_ELEMENTS, rendererFor } from './renderer';

const NODES = 300;
const EDGES_PER_NODE = 4;

/** A layered graph with module-like labels: a main module requiring every other, each requiring a few below it. */
export function warmUpElements(nodes = NODES): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) {
    const path = i === 0 ? 'example.com/warm/main' : `github.com/warm${i % 17}/module-${i}`;
    out.push({
      group: 'nodes',
      data: { id: `w${i}`, label: i === 0 ? path : `${path}\nv1.${i % 9}.${i}`, w: nodeWidth(path) },
      position: { x: (i % 20) * 180, y: Math.floor(i / 20) * 90 },
      classes: i === 0 ? 'main' : i < 40 ? 'direct' : 'indirect',
    });
  }
  for (let i = 1; i < nodes; i++) {
    out.push({ group: 'edges', data: { id: `wm${i}`, source: 'w0', target: `w${i}` } });
    for (let k = 1; k < EDGES_PER_NODE && i + k * 21 < nodes; k++) out.push({ group: 'edges', data: { id: `w${i}-${k}`, source: `w${i}`, target: `w${i + k * 21}` } });
  }
  return out;
}

let warmed = false;

/** Once per page, when the browser is idle: draws and drops a throwaway graph off screen, then runs `then` when idle again. */
export function warmUpWhenIdle(then?: () => Promise<void>): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
  // Failures cost only the speed-up (or the measurement): the load reports its own errors.
  idle(() => void warmUp().then(() => then && idle(() => void then().catch(() => undefined)), () => undefined));
}

// With a big graph's renderer settings and style (straight edges, no arrows): the code a big load runs.
// A load in flight needs the main thread more: the warm-up does not start, or stops, then (off-screen.ts).
const warmUp = () => offScreen(rendererFor(NODES, LARGE_ELEMENTS), warmUpElements(), async () => null);
