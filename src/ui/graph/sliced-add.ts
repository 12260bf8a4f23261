// Adds a big scene to Cytoscape a slice at a time, yielding to the browser
// between slices, so building thousands of elements never blocks the page in
// one long task. Adding is the cheap part: the frame after it styles, measures
// and draws the new elements and redraws the old ones (5-10 times the cy.add
// on software rendering), so a slice is sized by what the last one cost in
// all, add and frame. A fixed 20 ms of cy.add per slice made frames of
// 300-580 ms at 240-1,000 modules; sized by the whole cost they stay near 160.
// The first view's slices are not drawn one by one: its first slice (the
// nodes in view) is drawn, making their textures, then each slice is styled
// and measured in its own task while Cytoscape's drawing is held, and the
// part's last slice draws the view whole. At 1,000 modules that saves ~6
// redraws of a growing set: the view is whole ~20% sooner.
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** Scenes with more elements than this are added in slices; smaller ones at once. */
export const SLICE_ABOVE = 500;
/** Main-thread time a slice and the frame that draws it should take together (ms); the bench's target is no task over 200. */
export const SLICE_BUDGET_MS = 160;
/** Bounds on a slice, so a slow frame cannot stall the load and a fast one cannot make a long task. */
const MIN_SLICE = 100;
const MAX_SLICE = 4000;
/**
 * Each frame also redraws what is already in, so past a few thousand
 * elements no slice fits the budget: at most this many slices then, and
 * frames over budget, rather than hundreds of frames each redrawing it all.
 */
export const MAX_SLICES = 24;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Lets Cytoscape draw what was added (its render runs in requestAnimationFrame) before the next slice.
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
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

/** The next slice's size from the last one's: scaled to the budget, growing at most fourfold, at least `floor`. */
export function nextSliceSize(size: number, tookMs: number, floor = MIN_SLICE): number {
  const scaled = Math.floor(size * Math.min(4, SLICE_BUDGET_MS / Math.max(1, tookMs)));
  return Math.max(floor, Math.min(MAX_SLICE, scaled));
}

/** The smallest slice for a scene of `total` elements. */
export const sliceFloor = (total: number) => Math.max(MIN_SLICE, Math.ceil(total / MAX_SLICES));

/** The first `count` elements make a picture of their own (view-first.ts): `drawn` runs on the frame after they are drawn. */
export interface FirstPart {
  count: number;
  drawn(): void;
}

/**
 * Adds the elements in order (compound parents come before their children,
 * nodes before edges), one slice per frame inside cy.batch. Resolves true
 * when all were added, false when the instance was destroyed (a newer scene
 * replaced it) on the way. onAdded gives each slice its classes (inside its batch).
 * No slice straddles the end of `first`, so its picture is not held back by elements after it;
 * its slices are styled and measured as they go in (boundingBox computes both) and drawn together.
 */
export async function addInSlices(cy: Core, elements: ElementDefinition[], onAdded: (added: CollectionReturnValue) => void, first?: FirstPart): Promise<boolean> {
  // Cytoscape's first render draws every element there is into a layer texture, at once; let it
  // happen on the empty canvas, and from then on it builds layers a little per frame.
  await drawn();
  if (first?.count === 0) first.drawn();
  // The first slice, before there is a measurement, is the smallest.
  const floor = sliceFloor(elements.length);
  let size = floor;
  let i = 0;
  let slices = 0;
  while (i < elements.length) {
    if (cy.destroyed()) return false;
    const start = performance.now();
    const end = first && i < first.count ? Math.min(i + size, first.count) : i + size;
    const slice = elements.slice(i, end);
    // Classes set in the same batch as the add: each element is styled once.
    let added = cy.collection();
    cy.batch(() => onAdded((added = cy.add(slice))));
    i += slice.length;
    slices += 1;
    const ofFirst = first !== undefined && i <= first.count;
    if (ofFirst) added.boundingBox();
    if (ofFirst && slices > 1 && i < first.count) await undrawn(cy);
    else await drawn();
    if (first && i === first.count && !cy.destroyed()) first.drawn();
    size = nextSliceSize(slice.length, performance.now() - start, floor);
  }
  return !cy.destroyed();
}
