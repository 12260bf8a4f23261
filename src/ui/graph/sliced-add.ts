// Adds a big scene to Cytoscape a slice at a time, yielding to the browser
// between slices, so building thousands of elements never blocks the page in
// one long task (a 6,000-element graph took ~400 ms to construct and ~500 ms
// more for the first frame's style and label measurement when added at once).
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** Scenes with more elements than this are added in slices; smaller ones at once. */
export const SLICE_ABOVE = 500;
/** Main-thread time one slice may take before yielding (ms). */
export const SLICE_BUDGET_MS = 20;
/** Elements added per cy.add call inside a slice. */
const STEP = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Lets Cytoscape draw what was added (its render runs in requestAnimationFrame) before the next slice.
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Adds the elements in order (compound parents come before their children,
 * nodes before edges), a few hundred per cy.add inside cy.batch, yielding
 * after each SLICE_BUDGET_MS. Resolves true when all were added, false when
 * the instance was destroyed (a newer scene replaced it) on the way.
 * onAdded gives each chunk its classes (inside the chunk's batch).
 */
export async function addInSlices(cy: Core, elements: ElementDefinition[], onAdded: (added: CollectionReturnValue) => void): Promise<boolean> {
  let i = 0;
  while (i < elements.length) {
    if (cy.destroyed()) return false;
    const start = performance.now();
    while (i < elements.length && performance.now() - start < SLICE_BUDGET_MS) {
      const chunk = elements.slice(i, i + STEP);
      // Classes set in the same batch as the add: each element is styled once.
      cy.batch(() => onAdded(cy.add(chunk)));
      i += chunk.length;
    }
    await nextFrame();
    await nextTask();
  }
  return !cy.destroyed();
}
