// One store from three typed slices. Actions live outside it (actions.ts),
// so worker callbacks and tests need no React.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { initialAnalysisView } from './analysis-slice';
import type { AnalysisViewSlice } from './analysis-slice';
import { initialScaleView } from './scale-slice';
import type { ScaleViewSlice } from './scale-slice';
import { initialData } from './data-slice';
import type { DataSlice } from './data-slice';
import { initialUi } from './ui-slice';
import type { UiSlice } from './ui-slice';
import { initialView } from './view-slice';
import type { ViewSlice } from './view-slice';

export type AppState = DataSlice & ViewSlice & UiSlice & AnalysisViewSlice & ScaleViewSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store; tests make one each. */
export function createAppStore(init: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({ ...initialData, ...initialView, ...initialAnalysisView, ...initialScaleView, ...initialUi(), ...init }));
}
