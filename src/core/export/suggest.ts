// Smaller scopes to offer when a diagram is past Mermaid's limits; each one
// is measured, so only scopes that render are offered.
import type { GoGraph } from '../model/types';
import type { GraphExportOptions } from './diagram';
import type { Scope } from './scope';

/** A scope (and grouping) that fits the limits, with its size. */
export interface ScopeSuggestion {
  label: string;
  scope: Scope;
  groupByOwner: boolean;
  edges: number;
  chars: number;
}

/** The size of a diagram and whether it is within the limits. */
export interface Measure {
  ok: boolean;
  edges: number;
  chars: number;
}

interface SuggestOptions extends GraphExportOptions {
  ranking?: readonly number[];
  selected?: number;
}

const TOP_SIZES = [100, 50, 25, 10];

/** Candidate scopes, largest useful first, kept when `measure` finds them within the limits with the caller's other options. */
export function suggestScopes(graph: GoGraph, options: SuggestOptions, measure: (o: SuggestOptions) => Measure): ScopeSuggestion[] {
  const out: ScopeSuggestion[] = [];
  const offer = (label: string, scope: Scope, groupByOwner = false): boolean => {
    const { ok, edges, chars } = measure({ ...options, scope, groupByOwner });
    if (ok) out.push({ label, scope, groupByOwner, edges, chars });
    return ok;
  };
  const ranked = options.ranking ?? byDirectDependents(graph);
  const what = options.ranking ? 'of the ranking' : 'by direct dependents';
  for (const size of TOP_SIZES.filter((s) => s < ranked.length)) {
    const scope: Scope = { kind: 'top', ids: ranked.slice(0, size) };
    if (offer(`top ${size} modules ${what}`, scope)) {
      offer(`top ${size} modules ${what}, grouped by owner`, scope, true);
      break;
    }
  }
  const selected = options.selected;
  if (selected !== undefined && graph.modules[selected]) {
    const path = graph.modules[selected].path;
    offer(`${path} and its direct dependencies and dependents`, { kind: 'neighbourhood', id: selected, hops: 1, direction: 'both' });
    offer(`${path} and its direct dependencies`, { kind: 'neighbourhood', id: selected, hops: 1, direction: 'dependencies' });
    offer(`why ${path}: shortest paths from the main module`, { kind: 'paths', id: selected });
  }
  const main = graph.mainIds[0];
  if (main !== undefined) offer('the main module and its direct requirements', { kind: 'neighbourhood', id: main, hops: 1, direction: 'dependencies' });
  return out;
}

// Fallback ranking when the caller has no hot metrics: most direct dependents first, main modules excluded.
function byDirectDependents(graph: GoGraph): number[] {
  const { offsets } = graph.requiredBy;
  const count = (id: number) => offsets[id + 1] - offsets[id];
  return graph.modules.filter((m) => !m.main).map((m) => m.id).sort((a, b) => count(b) - count(a) || a - b);
}
