// A throwaway Cytoscape instance off screen, for work the landing page does
// while idle (the graph warm-up, the renderer probe). A load needs the main
// thread more: none is made during one, and one in use is dropped as soon as
// a load starts.
import type { Core, ElementDefinition } from 'cytoscape';
import { appStore } from '../../store';
import { dropInstance, graphInstance } from './graph-instance';
import type { RendererChoice } from './renderer';
import { addInSlices } from './sliced-add';

/** Whether a load is in flight. */
export const loading = () => appStore.getState().loading !== null;

/**
 * Adds `elements` in slices to an instance off screen with `renderer`, then runs `work` on it; null when
 * a load started (the instance is dropped then, and `work` should check `cy.destroyed()`). Cleans up always.
 */
export async function offScreen<T>(renderer: RendererChoice, elements: ElementDefinition[], work: (cy: Core) => Promise<T | null>): Promise<T | null> {
  if (loading()) return null;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-10000px', top: '0', width: '800px', height: '600px', pointerEvents: 'none' });
  document.body.append(container);
  let cy: Core | null = null;
  let unsubscribe: () => void = () => undefined;
  try {
    const instance = (cy = graphInstance(container, appStore.getState().theme, renderer));
    unsubscribe = appStore.subscribe(() => loading() && dropInstance(instance));
    if (!(await addInSlices(instance, elements, () => undefined))) return null;
    return await work(instance);
  } finally {
    unsubscribe();
    if (cy) dropInstance(cy);
    container.remove();
  }
}
