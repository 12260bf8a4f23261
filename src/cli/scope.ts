// `--scope` of the diagram commands, to and from the core's Scope.
import type { Scope, ScopeSuggestion } from '../core/export';
import type { GoGraph } from '../core/model/types';
import { UsageError } from './args';

/** The scope syntax, for help and error messages. */
export const SCOPE_SYNTAX = 'all, top:N, module:PATH[:HOPS], deps:PATH[:HOPS] or path:PATH';

const MAX_TOP = 100_000;
const MAX_HOPS = 99;

/** A parsed `--scope` and the module it centres on (offered to Mermaid's smaller-scope suggestions). */
export interface CliScope {
  scope: Scope;
  selected?: number;
}

/** Parses `--scope`; `ranking` (hot modules, best first) gives `top:N`. */
export function parseScope(text: string | undefined, graph: GoGraph, ranking: readonly number[]): CliScope {
  if (text === undefined || text === 'all') return { scope: { kind: 'all' } };
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const arg = colon < 0 ? '' : text.slice(colon + 1);
  if (kind === 'top') {
    const n = wholeNumber(arg, 1, MAX_TOP, `"${text}" is not a valid scope - write top:N with N a whole number from 1 to ${MAX_TOP}, e.g. top:25`);
    return { scope: { kind: 'top', ids: ranking.slice(0, n) } };
  }
  if (kind === 'module' || kind === 'deps') {
    // Module paths have no ':', so a trailing `:N` is the hop count.
    const hops = /^(.*):(\d+)$/.exec(arg);
    const id = moduleId(graph, hops ? hops[1] : arg, text);
    const n = hops ? wholeNumber(hops[2], 0, MAX_HOPS, `"${hops[2]}" is not a valid hop count - use a whole number from 0 to ${MAX_HOPS}`) : 1;
    return { scope: { kind: 'neighbourhood', id, hops: n, direction: kind === 'deps' ? 'dependencies' : 'both' }, selected: id };
  }
  if (kind === 'path') {
    const id = moduleId(graph, arg, text);
    return { scope: { kind: 'paths', id }, selected: id };
  }
  throw new UsageError(`"${text}" is not a scope - use ${SCOPE_SYNTAX}`);
}

function wholeNumber(text: string, min: number, max: number, message: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(message);
  return n;
}

function moduleId(graph: GoGraph, path: string, scope: string): number {
  if (path === '') throw new UsageError(`"${scope}" names no module - write ${scope.split(':')[0]}:PATH with a module path, e.g. ${scope.split(':')[0]}:golang.org/x/net`);
  const found = graph.modules.find((m) => m.path === path);
  if (found) return found.id;
  const near = graph.modules.filter((m) => m.path.toLowerCase().includes(path.toLowerCase())).slice(0, 3).map((m) => m.path);
  const fix = near.length > 0 ? `did you mean ${near.join(', ')}?` : 'use a module path as go list -m prints it';
  throw new UsageError(`"${path}" is not a module of this graph - ${fix}`);
}

/** The `--scope` (and `--owners`) flags that select a suggested scope; null when no flag can express it. */
export function suggestionFlags(s: ScopeSuggestion, graph: GoGraph): string | null {
  const owners = s.groupByOwner ? ' --owners' : '';
  const path = (id: number) => graph.modules[id]?.path;
  switch (s.scope.kind) {
    case 'all':
      return `--scope all${owners}`;
    case 'top':
      return `--scope top:${s.scope.ids.length}${owners}`;
    case 'paths':
      return `--scope path:${path(s.scope.id)}${owners}`;
    case 'neighbourhood':
      if (s.scope.direction === 'dependents') return null;
      return `--scope ${s.scope.direction === 'both' ? 'module' : 'deps'}:${path(s.scope.id)}:${s.scope.hops}${owners}`;
    case 'modules':
      return null;
  }
}
