// Adds a big scene to Cytoscape a slice at a time, yielding to the browser
// between slices, so building thousands of elements never blocks the page in
// one long task. Adding is the cheap part: styling and measuring the new
// elements, then the frame that draws them and redraws the old ones, cost 5-10
// times the cy.add on software rendering, so a slice is sized by what the last
// one cost in all. A fixed 20 ms of cy.add per slice made frames of
// 300-580 ms at 240-1,000 modules; sized by the whole cost they stay near the budget.
// A scene with a first view (view-first.ts) is not drawn slice by slice:
// each slice is styled and measured in its own task while Cytoscape's drawing
// is held, and a frame draws only the first slice (the nodes in view, making
// their textures), the view whole, every MAX_UNDRAWN of the rest (off
// screen) and the end; every slice once the user pans, zooms or points. At 1,000
// modules the view is whole ~20% sooner and all is in ~30% sooner; ungrouping
// 5,000 modules no longer costs a 300-450 ms redraw per slice (all in: 8.4 s
// to 4.1 s; tasks over 200 ms: 22 to 6).
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { nextFrame, nextTask } from '../../worker/next-task';
import { styleFirstTime } from './first-style';

/**
 * Scenes with more elements than this are added in slices; smaller ones at once.
 * At once, syncthing's module graph alone (129 modules, 303 edges) took one
 * 330-600 ms task here (its first frame styles, measures and draws all of it);
 * sliced, its longest task is ~90 ms and its view is whole ~25 % sooner.
 */
export const SLICE_ABOVE = 200;
/**
 * Main-thread time a slice and the frame that draws it should take together (ms); the bench's target is
 * no task over 200. A slice's cost is extrapolated from the last one's and overshoots by up to ~25 %:
 * at 160 the longest task of a 1,000-module load reached 182-198 ms here; at 130 its first view came as
 * soon (paired loads: 30 ms sooner in one set of 16, 6 ms in another) with the longest tasks ~10 % shorter.
 */
export const SLICE_BUDGET_MS = 130;
/** Bounds on a slice, so a slow frame cannot stall the load and a fast one cannot make a long task. */
const MIN_SLICE = 100;
const MAX_SLICE = 4000;
/**
 * Each frame also redraws what is already in, so past a few thousand
 * elements no slice fits the budget: at most this many slices then, and
 * frames over budget, rather than hundreds of frames each redrawing it all.
 */
export const MAX_SLICES = 24;
/**
 * Off-screen elements held undrawn at most before a frame draws them: a frame
 * costs more the more elements are new to it, even off screen. Ungrouping
 * 5,000 modules, the 18,000 elements after the first view drawn in one frame
 * took 770-900 ms here; 5,000 at a time make frames of ~400 ms.
 */
export const MAX_UNDRAWN = 5000;

// Pans, zooms, and pointing at or tapping a node (its highlight must show): the user is at work on the graph.
const USER_EVENTS = 'viewport mouseover tapstart';

// Lets Cytoscape draw what was added (its render runs in requestAnimationFrame) before the next slice.
const drawn = async () => {
  await nextFrame();
  await nextTask();
};
// Cytoscape neither styles nor draws while it batches: hold a batch open over the yield to the next task.
const undrawn = async (cy: Core) => {
  cy.startBatch();
  await nextTask();
  if (!cy.destroyed()) cy.endBatch();
};

/**
 * Runs what Cytoscape's next frame would compute before drawing (styles, label sizes, edge
 * ends, texture invalidation) for what is queued, then the new elements' bounds. Its renderer
 * does the first in flushRenderedStyleQueue, outside the typed API; boundingBox() computes most
 * of it where that is missing. The frame would otherwise measure each new element on its own
 * as it draws it: at 1,000 modules that was 130 of the 200-260 ms of the frame that draws
 * the first view whole; measured here, in one call per slice, its longest task went from
 * ~190 to ~155 ms (median of 8 loads back to back), with the same pixels.
 */
function computeNow(cy: Core, added: CollectionReturnValue): void {
  const renderer = (cy as unknown as { renderer?: () => { flushRenderedStyleQueue?: () => void } | undefined }).renderer?.();
  const flush = renderer?.flushRenderedStyleQueue;
  // The new elements are styled for the first time here: without Cytoscape's per-property checks (first-style.ts).
  styleFirstTime(cy, added, () => {
    flush?.call(renderer);
    added.boundingBox();
  });
}

/** The next slice's size from the last one's: scaled to the budget, growing at most fourfold, at least `floor`. */
export function nextSliceSize(size: number, tookMs: number, floor = MIN_SLICE): number {
  const scaled = Math.floor(size * Math.min(4, SLICE_BUDGET_MS / Math.max(1, tookMs)));
  return Math.max(floor, Math.min(MAX_SLICE, scaled));
}

/** The smallest slice for a scene of `total` elements. */
export const sliceFloor = (total: number) => Math.max(MIN_SLICE, Math.ceil(total / MAX_SLICES));

/** The first `count` elements make a picture of their own (view-first.ts): `drawn` runs in the task after the frame that drew them. */
export interface FirstPart {
  count: number;
  drawn(): void;
}

/**
 * Adds the elements in order (compound parents come before their children,
 * nodes before edges), a slice per task inside cy.batch. Resolves true
 * when all were added, false when the instance was destroyed (a newer scene
 * replaced it) on the way. onAdded gives each slice its classes (inside its batch).
 * Without `first`, each slice is drawn in the frame after it. With it, no slice straddles
 * the end of `first`, so its picture is not held back by elements after it, and slices
 * are drawn only as `drawSlice` says.
 */
export async function addInSlices(cy: Core, elements: ElementDefinition[], onAdded: (added: CollectionReturnValue) => void, first?: FirstPart): Promise<boolean> {
  // Cytoscape's first render draws every element there is into a layer texture, at once; let it
  // happen on the empty canvas, and from then on it builds layers a little per frame.
  await drawn();
  if (first?.count === 0) first.drawn();
  let used = false;
  const onUse = () => (used = true);
  cy.on(USER_EVENTS, onUse);
  // The first slice, before there is a measurement, is the smallest.
  const floor = sliceFloor(elements.length);
  let size = floor;
  let i = 0;
  // Elements in at the last frame drawn; none yet.
  let drawnAt = -1;
  while (i < elements.length) {
    if (cy.destroyed()) return false;
    const start = performance.now();
    const slice = elements.slice(i, first ? sliceEnd(i, size, first.count, drawnAt) : i + size);
    // Classes set in the same batch as the add: each element is styled once.
    let added = cy.collection();
    cy.batch(() => onAdded((added = cy.add(slice))));
    i += slice.length;
    // Styles and bounds now, in this task, not in the frame that draws them.
    computeNow(cy, added);
    if (!first || drawSlice({ i, drawnAt, total: elements.length, first: first.count, used })) {
      await drawn();
      drawnAt = i;
    } else await undrawn(cy);
    if (first && i === first.count && !cy.destroyed()) first.drawn();
    size = nextSliceSize(slice.length, performance.now() - start, floor);
  }
  if (!cy.destroyed()) cy.off(USER_EVENTS, onUse);
  return !cy.destroyed();
}

/** Where a scene with a first part stands after a slice: elements in, at the last frame drawn (-1: none), in all, in the part. */
export interface SliceState {
  i: number;
  drawnAt: number;
  total: number;
  first: number;
  /** The user panned, zoomed, pointed at or tapped a node since the slices began. */
  used: boolean;
}

/** Where a slice from `i` stops: at the end of the first part, and at the next MAX_UNDRAWN of the rest (drawSlice draws there). */
function sliceEnd(i: number, size: number, first: number, drawnAt: number): number {
  return Math.min(i + size, i < first ? first : drawnAt + MAX_UNDRAWN);
}

/**
 * Whether the frame after this slice draws: the first slice (the nodes in view: their
 * textures are made then), the first view whole, the last, and every slice once the user
 * works on the graph; the rest is off screen until then, and drawn every MAX_UNDRAWN.
 */
export function drawSlice({ i, drawnAt, total, first, used }: SliceState): boolean {
  return drawnAt < 0 || i === first || i === total || used || (i > first && i - drawnAt >= MAX_UNDRAWN);
}
