// `go mod graph` text: one `from to` line per requirement, the main module bare.
import type { SynthProject } from './project';

/** Renders the requirement edges grouped by source node, sources and targets sorted by path then version. */
export function renderModGraph(project: SynthProject): string {
  const { modules, edges } = project;
  const rank = pathRanks(project);
  const node = (m: number, v: number): string => (m < 0 ? project.mainPath : `${modules[m].path}@${modules[m].versions[v].version}`);
  const order = edges.map((_, e) => e);
  const key = (e: number): number => (edges[e].from < 0 ? -1 : rank[edges[e].from]);
  order.sort(
    (a, b) =>
      key(a) - key(b) ||
      edges[a].fromVersion - edges[b].fromVersion ||
      rank[edges[a].to] - rank[edges[b].to] ||
      edges[a].toVersion - edges[b].toVersion,
  );
  const lines = order.map((e) => `${node(edges[e].from, edges[e].fromVersion)} ${node(edges[e].to, edges[e].toVersion)}`);
  lines.push('');
  return lines.join('\n');
}

/** Position of each module when sorted by path (the order go prints modules in). */
export function pathRanks(project: SynthProject): Int32Array {
  const { modules } = project;
  const byPath = modules.map((_, i) => i).sort((a, b) => (modules[a].path < modules[b].path ? -1 : 1));
  const rank = new Int32Array(modules.length);
  byPath.forEach((m, r) => (rank[m] = r));
  return rank;
}
