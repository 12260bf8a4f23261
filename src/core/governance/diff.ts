// Two loads compared (before/after an upgrade, prod vs staging): module
// versions, requirement edges, findings and the hot-library ranking.
import type { Analysis, Finding } from '../analysis/types';
import type { GoGraph } from '../model/types';
import { compareSemver } from '../semver';
import { diffHotRanking, hotRanking, type HotRankDiff } from './hot-rank';

export interface ModuleVersion {
  path: string;
  version: string;
}

export interface VersionChange {
  path: string;
  before: string;
  after: string;
}

/** A module-level requirement: `from` requires `to` (paths). */
export interface ModuleEdge {
  from: string;
  to: string;
}

export interface GraphDiff {
  /** Non-main modules by selected version, sorted by path. */
  added: ModuleVersion[];
  removed: ModuleVersion[];
  upgraded: VersionChange[];
  downgraded: VersionChange[];
  edgesAdded: ModuleEdge[];
  edgesRemoved: ModuleEdge[];
  /** By kind + modules; null unless both analyses were given. */
  findings: { added: Finding[]; resolved: Finding[] } | null;
  hot: HotRankDiff;
}

export interface DiffOptions {
  /** Size of the hot-library top list whose entries and exits are reported (default 10). */
  topN?: number;
}

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Compares two loads; analyses add finding changes and the analysis's own hot metrics. */
export function diffGraphs(before: GoGraph, after: GoGraph, beforeAnalysis?: Analysis, afterAnalysis?: Analysis, options: DiffOptions = {}): GraphDiff {
  const was = selected(before);
  const is = selected(after);
  const diff: GraphDiff = { added: [], removed: [], upgraded: [], downgraded: [], edgesAdded: [], edgesRemoved: [], findings: null, hot: diffHotRanking(hotRanking(before, beforeAnalysis), hotRanking(after, afterAnalysis), options.topN ?? 10) };
  for (const [path, version] of is) {
    const old = was.get(path);
    if (old === undefined) diff.added.push({ path, version });
    else if (compareSemver(version, old) > 0) diff.upgraded.push({ path, before: old, after: version });
    else if (compareSemver(version, old) < 0) diff.downgraded.push({ path, before: old, after: version });
  }
  for (const [path, version] of was) if (!is.has(path)) diff.removed.push({ path, version });
  const oldEdges = edges(before);
  const newEdges = edges(after);
  diff.edgesAdded = [...newEdges.keys()].filter((k) => !oldEdges.has(k)).sort().map((k) => newEdges.get(k)!);
  diff.edgesRemoved = [...oldEdges.keys()].filter((k) => !newEdges.has(k)).sort().map((k) => oldEdges.get(k)!);
  for (const list of [diff.added, diff.removed, diff.upgraded, diff.downgraded]) list.sort(byPath);
  if (beforeAnalysis && afterAnalysis) {
    const oldKeys = new Set(beforeAnalysis.findings.map(findingKey));
    const newKeys = new Set(afterAnalysis.findings.map(findingKey));
    diff.findings = {
      added: afterAnalysis.findings.filter((f) => !oldKeys.has(findingKey(f))),
      resolved: beforeAnalysis.findings.filter((f) => !newKeys.has(findingKey(f))),
    };
  }
  return diff;
}

/** Identity of a finding across loads: its kind and the modules involved. */
export function findingKey(f: Finding): string {
  return `${f.kind} ${f.modules.join(' ')}`;
}

function selected(graph: GoGraph): Map<string, string> {
  return new Map(graph.modules.filter((m) => !m.main).map((m) => [m.path, m.version]));
}

// Keyed "from to": module paths never contain spaces.
function edges(graph: GoGraph): Map<string, ModuleEdge> {
  const out = new Map<string, ModuleEdge>();
  const { offsets, targets } = graph.requires;
  graph.modules.forEach((m, i) => {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const to = graph.modules[targets[e]].path;
      out.set(`${m.path} ${to}`, { from: m.path, to });
    }
  });
  return out;
}
