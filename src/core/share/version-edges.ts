// Version edges. `go mod graph` prints one run of lines per source node
// (path@version) in breadth-first order from the main module(s) (GO-FORMATS
// 2), so the order of the runs follows from the edges themselves: the link
// stores, per node (each module's versions, in order), its number of targets,
// then the roots of the walk, and the walk puts the runs back in order. Runs in
// node order put a module's versions side by side, whose target lists are
// alike, which deflate matches. Any other order (a hand-made or future
// format) falls back to explicit runs.
import type { VersionEdge } from '../model/types';
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';
import { readEdgeRuns, writeEdgeRuns } from './edge-runs';
import type { ShareLimits } from './limits';
import type { ShareModule } from './snapshot';
import { readTargets, writeTargets, type VersionCoder, type VersionDecoder } from './target-lists';

const EXPLICIT = 0;
const WALK = 1;

/** The graph's nodes: each module's versions (its selected one when it lists none), with a lookup by module and version. */
function nodesOf(modules: readonly Pick<ShareModule, 'version' | 'versions'>[]) {
  const module: number[] = [];
  const version: string[] = [];
  const index = modules.map(() => new Map<string, number>());
  modules.forEach((m, i) => {
    for (const v of m.versions.length > 0 ? m.versions : [m.version]) {
      if (index[i].has(v)) continue;
      index[i].set(v, module.length);
      module.push(i);
      version.push(v);
    }
  });
  return { module, version, find: (m: number, v: string) => index[m].get(v) };
}

/** The order in which `go mod graph` prints the runs: breadth first from `roots`, nodes without targets print nothing. */
function walk(roots: readonly number[], targets: readonly (readonly number[])[]): number[] {
  const queued = new Set(roots);
  const queue = [...roots];
  const order: number[] = [];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at];
    if (targets[node].length > 0) order.push(node);
    for (const t of targets[node]) {
      if (t < 0 || queued.has(t)) continue;
      queued.add(t);
      queue.push(t);
    }
  }
  return order;
}

/** Runs as [start, end) edge ranges: consecutive edges with the same source. */
function runsOf(edges: readonly VersionEdge[]): [number, number][] {
  const runs: [number, number][] = [];
  edges.forEach((e, i) => {
    const p = edges[i - 1];
    if (p && p.from === e.from && p.fromVersion === e.fromVersion) runs[runs.length - 1][1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}

/** Writes the edges in walk order when they are in it (every `go mod graph`), else as explicit runs. */
export function writeVersionEdges(w: ByteWriter, modules: readonly ShareModule[], edges: readonly VersionEdge[], code: VersionCoder) {
  const nodes = nodesOf(modules);
  const runs = runsOf(edges);
  const sources = runs.map(([s]) => nodes.find(edges[s].from, edges[s].fromVersion) ?? -1);
  const lists: VersionEdge[][] = nodes.module.map(() => []);
  let unique = true;
  runs.forEach(([start, end], k) => {
    if (sources[k] < 0 || lists[sources[k]].length > 0) unique = false;
    else lists[sources[k]] = edges.slice(start, end);
  });
  const roots = sources.filter((n) => modules[nodes.module[n]]?.main);
  const targets = lists.map((list) => list.map((e) => nodes.find(e.to, e.toVersion) ?? -1));
  if (!unique || walk(roots, targets).join() !== sources.join()) {
    w.byte(EXPLICIT);
    const starts = writeEdgeRuns(w, edges.map((e) => e.from), edges.map((e) => e.to), (i) => edges[i].fromVersion !== edges[i - 1].fromVersion);
    for (const i of starts) w.uint(code(edges[i].fromVersion, edges[i].from));
    for (const e of edges) w.uint(code(e.toVersion, e.to));
    return;
  }
  w.byte(WALK);
  w.uint(roots.length);
  roots.forEach((n, k) => w.int(n - (k === 0 ? 0 : roots[k - 1])));
  writeTargets(w, nodes.module, lists, code);
}

/** Reads edges written by writeVersionEdges; every id and code is bounds-checked. */
export function readVersionEdges(r: ByteReader, modules: readonly ShareModule[], decode: VersionDecoder, limits: ShareLimits): VersionEdge[] {
  const n = modules.length;
  if (r.index(2, 'edge order') === EXPLICIT) {
    const runs = readEdgeRuns(r, n, limits.maxEdges, 'version edges');
    const fromVersions = runs.starts.map((i) => decode(r.uint(), runs.from[i]));
    let run = -1;
    return runs.from.map((from, i): VersionEdge => {
      if (runs.starts[run + 1] === i) run++;
      return { from, fromVersion: fromVersions[run], to: runs.to[i], toVersion: decode(r.uint(), runs.to[i]) };
    });
  }
  const nodes = nodesOf(modules);
  const count = r.count(nodes.module.length, 'roots');
  const roots: number[] = [];
  for (let k = 0; k < count; k++) {
    const node = (k === 0 ? 0 : roots[k - 1]) + r.int();
    if (!(node >= 0 && node < nodes.module.length)) throw new ShareFormatError(`root ${node} is out of range (${nodes.module.length} nodes)`);
    roots.push(node);
  }
  const lists = readTargets(r, nodes.module, n, decode, limits.maxEdges);
  const order = walk(roots, lists.map((list) => list.map((e) => nodes.find(e.to, e.toVersion) ?? -1)));
  const printed = lists.filter((list) => list.length > 0).length;
  if (order.length !== printed) throw new ShareFormatError(`${printed - order.length} nodes with edges cannot be reached from the roots`);
  return order.flatMap((node) => lists[node].map((e) => ({ from: nodes.module[node], fromVersion: nodes.version[node], to: e.to, toVersion: e.toVersion })));
}
