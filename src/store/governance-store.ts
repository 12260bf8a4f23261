// State of the governance views, beside the app store: a comparison of two
// snapshots and the organisation view of many services.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Analysis } from '../core/analysis';
import type { GraphDiff, OrgView } from '../core/governance';
import type { GoGraph } from '../core/model/types';
import type { LoadSource, Positions } from '../worker/client';

export type Side = 'before' | 'after';

/** One loaded snapshot: what the worker returned for a set of texts (or a share link). */
export interface Snapshot {
  label: string;
  sources: LoadSource[];
  graph: GoGraph;
  analysis: Analysis;
  positions: Positions;
}

export interface Comparison {
  before: Snapshot;
  after: Snapshot;
  diff: GraphDiff;
}

export interface OrgService {
  name: string;
  sources: LoadSource[];
  graph: GoGraph;
}

export interface GovernanceState {
  compare: Comparison | null;
  /** The organisation view is on screen (instead of the single graph). */
  orgOpen: boolean;
  services: OrgService[];
  /** orgView(services), recomputed when the list changes. */
  org: OrgView | null;
  /** A governance load in flight (the app store's loading bar shows its progress). */
  busy: boolean;
}

export type GovernanceStore = StoreApi<GovernanceState>;

export const initialGovernance: GovernanceState = { compare: null, orgOpen: false, services: [], org: null, busy: false };

/** A fresh store; tests make one each. */
export function createGovernanceStore(init: Partial<GovernanceState> = {}): GovernanceStore {
  return createStore<GovernanceState>()(() => ({ ...initialGovernance, ...init }));
}

/** The side of the comparison the app's graph shows, or null when it shows neither. */
export function shownSide(compare: Comparison | null, graph: GoGraph | null): Side | null {
  if (!compare || !graph) return null;
  return graph === compare.after.graph ? 'after' : graph === compare.before.graph ? 'before' : null;
}
