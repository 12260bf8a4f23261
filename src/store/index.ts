// The app's store and its actions. Views import from here; tests build their
// own with createAppStore() and createActions().
import { createLoadClient } from '../worker/client';
import { createActions } from './actions';
import { createAppStore } from './app-store';

const prefersDark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;

// Until the canvas measures itself: the window less the top bar and the 400 px side panel.
const graphAspect = typeof window === 'undefined' ? undefined : Math.max(0.5, (window.innerWidth - 400) / Math.max(1, window.innerHeight - 48));

export const appStore = createAppStore({ theme: prefersDark ? 'dark' : 'light', ...(graphAspect ? { graphAspect } : {}) });
/** The app's one load worker; the governance views load through it too. */
export const loadClient = createLoadClient();
export const actions = createActions(appStore, loadClient);

export { createAppStore } from './app-store';
export type { AppState, AppStore } from './app-store';
export { createActions } from './actions';
export type { Actions, LoadMode } from './actions';
