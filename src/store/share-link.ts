// Share links of the loaded graph, whole or cut to a scope, and their size:
// chat apps and trackers cut links long before browsers do.
import { resolveScope } from '../core/export';
import type { Scope } from '../core/export';
import type { GoGraph } from '../core/model/types';
import { encodeShare, snapshotFromGraph } from '../core/share';
import type { ShareSnapshot, ShareView } from '../core/share';

/** Past this many characters a link is likely cut by chat apps and issue trackers. */
export const SHARE_LINK_WARN_CHARS = 8_000;

export interface ShareLink {
  url: string;
  chars: number;
  modules: number;
  tooLong: boolean;
}

/** The page address a fragment opens: `origin + pathname + '#' + fragment`. */
export function linkUrl(base: { origin: string; pathname: string }, fragment: string): string {
  return `${base.origin}${base.pathname}#${fragment}`;
}

/** The link of a graph (or of a scope of it, main modules kept) with a view. */
export function buildShareLink(base: { origin: string; pathname: string }, graph: GoGraph, view: ShareView, scope?: Scope): ShareLink {
  let snapshot = snapshotFromGraph(graph, view);
  if (scope) snapshot = subSnapshot(snapshot, new Set([...graph.mainIds, ...resolveScope(graph, scope).ids]));
  const url = linkUrl(base, encodeShare(snapshot));
  return { url, chars: url.length, modules: snapshot.modules.length, tooLong: url.length > SHARE_LINK_WARN_CHARS };
}

/** The snapshot cut to some modules (indices renumbered); edges with an end cut off go with it. */
export function subSnapshot(s: ShareSnapshot, keep: ReadonlySet<number>): ShareSnapshot {
  const renumber = new Map<number, number>();
  s.modules.forEach((_, i) => keep.has(i) && renumber.set(i, renumber.size));
  const kept = (a: number, b: number) => renumber.has(a) && renumber.has(b);
  const at = (i: number) => renumber.get(i)!;
  const modules = s.modules.filter((_, i) => renumber.has(i));
  const paths = new Set(modules.map((m) => m.path));
  return {
    modules,
    versionEdges: s.versionEdges.filter((e) => kept(e.from, e.to)).map((e) => ({ ...e, from: at(e.from), to: at(e.to) })),
    requires: s.requires && s.requires.filter(([a, b]) => kept(a, b)).map(([a, b]): [number, number] => [at(a), at(b)]),
    imports: s.imports && s.imports.filter((e) => kept(e.from, e.to)).map((e) => ({ ...e, from: at(e.from), to: at(e.to) })),
    goMod: s.goMod && { ...s.goMod, requires: s.goMod.requires.filter((r) => paths.has(r.path)) },
    inputs: s.inputs,
    view: s.view.selected !== undefined && !paths.has(s.view.selected) ? withoutSelection(s.view) : s.view,
  };
}

function withoutSelection(view: ShareView): ShareView {
  const { selected: _, ...rest } = view;
  return rest;
}

/** A smaller part of the graph to share when the whole link is too long. */
export interface ShareScope {
  label: string;
  scope: Scope;
}

/** Scopes worth sharing instead: the selected module's neighbourhood, the top hot libraries. */
export function shareScopes(graph: GoGraph, selectedId: number | null, ranking: readonly number[]): ShareScope[] {
  const out: ShareScope[] = [];
  const selected = selectedId !== null ? graph.modules[selectedId] : undefined;
  if (selected) {
    out.push({ label: `${selected.path} and what is 1 hop away`, scope: { kind: 'neighbourhood', id: selected.id, hops: 1, direction: 'both' } });
    out.push({ label: `${selected.path} and what is 2 hops away`, scope: { kind: 'neighbourhood', id: selected.id, hops: 2, direction: 'both' } });
  }
  for (const n of [50, 25]) if (ranking.length > n) out.push({ label: `the top ${n} hot libraries`, scope: { kind: 'top', ids: ranking.slice(0, n) } });
  return out;
}
