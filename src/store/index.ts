// The app's store and its actions. Views import from here; tests build their
// own with createAppStore() and createActions().
import { createLoadClient } from '../worker/client';
import { createActions } from './actions';
import { createAppStore } from './app-store';

const prefersDark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;

export const appStore = createAppStore({ theme: prefersDark ? 'dark' : 'light' });
export const actions = createActions(appStore, createLoadClient());

export { createAppStore } from './app-store';
export type { AppState, AppStore } from './app-store';
export { createActions } from './actions';
export type { Actions, LoadMode } from './actions';
