// What was loaded: the graph, its layout, the texts it came from, and the
// state of the load in progress.
import type { Analysis } from '../core/analysis';
import type { GoGraph } from '../core/model/types';
import type { LoadPhase, LoadSource, Positions } from '../worker/client';
import type { Derived } from './derive';
import type { LoadError } from './load-error';

export interface LoadingState {
  phase: LoadPhase;
  /** Names of the texts being loaded, for the progress line. */
  names: string[];
  /** While reading: bytes read so far and in all. */
  loaded?: number;
  total?: number;
}

export interface DataSlice {
  graph: GoGraph | null;
  /** Hot-library metrics and findings of the graph, computed in the worker with it. */
  analysis: Analysis | null;
  positions: Positions | null;
  derived: Derived | null;
  /** The texts behind the current graph; "Add to current" re-parses them with the new ones. */
  sources: LoadSource[];
  loading: LoadingState | null;
  error: LoadError | null;
  /** Texts given while a graph is shown, waiting for the user to choose Add or Replace. */
  pending: LoadSource[] | null;
}

export const initialData: DataSlice = {
  graph: null,
  analysis: null,
  positions: null,
  derived: null,
  sources: [],
  loading: null,
  error: null,
  pending: null,
};
