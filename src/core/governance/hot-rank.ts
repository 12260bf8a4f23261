// Hot-library ranking of two loads compared: rank by transitive dependents
// (competition ranking, so ties share a rank and never "move" by name order).
import { reachCounts } from '../analysis/reachability';
import type { Analysis } from '../analysis/types';
import type { GoGraph } from '../model/types';

/** A module's place in one ranking. */
export interface RankPosition {
  rank: number;
  dependents: number;
}

export interface RankChange {
  path: string;
  /** null when the module is absent on that side. */
  before: RankPosition | null;
  after: RankPosition | null;
}

export interface HotRankDiff {
  topN: number;
  /** In the top N on both sides, at a better (lower) rank now. */
  movedUp: RankChange[];
  movedDown: RankChange[];
  /** In the top N now, not before. */
  entered: RankChange[];
  /** In the top N before, not now. */
  left: RankChange[];
}

/** Rank of every non-main module by transitive dependents (from the analysis when given). */
export function hotRanking(graph: GoGraph, analysis?: Analysis): Map<string, RankPosition> {
  const counts = analysis ? analysis.hot.map((h) => h.transitiveDependents) : Array.from(reachCounts(graph.requiredBy));
  const rows = graph.modules.filter((m) => !m.main).map((m) => ({ path: m.path, dependents: counts[m.id] ?? 0 }));
  rows.sort((a, b) => b.dependents - a.dependents);
  const ranking = new Map<string, RankPosition>();
  rows.forEach((row, i) => {
    const rank = i > 0 && rows[i - 1].dependents === row.dependents ? ranking.get(rows[i - 1].path)!.rank : i + 1;
    ranking.set(row.path, { rank, dependents: row.dependents });
  });
  return ranking;
}

/** Moves within, into and out of the top N (ties at rank N are all in). */
export function diffHotRanking(before: Map<string, RankPosition>, after: Map<string, RankPosition>, topN: number): HotRankDiff {
  const top = (r: Map<string, RankPosition>, path: string) => {
    const p = r.get(path);
    return p && p.rank <= topN ? p : null;
  };
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter((p) => top(before, p) || top(after, p));
  const out: HotRankDiff = { topN, movedUp: [], movedDown: [], entered: [], left: [] };
  for (const path of paths) {
    const change = { path, before: before.get(path) ?? null, after: after.get(path) ?? null };
    const [was, is] = [top(before, path), top(after, path)];
    if (!was) out.entered.push(change);
    else if (!is) out.left.push(change);
    else if (is.rank < was.rank) out.movedUp.push(change);
    else if (is.rank > was.rank) out.movedDown.push(change);
  }
  const byAfter = (a: RankChange, b: RankChange) => (a.after?.rank ?? 0) - (b.after?.rank ?? 0) || (a.path < b.path ? -1 : 1);
  const byBefore = (a: RankChange, b: RankChange) => (a.before?.rank ?? 0) - (b.before?.rank ?? 0) || (a.path < b.path ? -1 : 1);
  out.movedUp.sort(byAfter);
  out.movedDown.sort(byAfter);
  out.entered.sort(byAfter);
  out.left.sort(byBefore);
  return out;
}
