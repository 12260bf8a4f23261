// Components read the store only through selectors.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { appStore } from '../store';
import type { AppState } from '../store';

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

/** For selectors that build a new array or object each time. */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, useShallow(selector));
}
