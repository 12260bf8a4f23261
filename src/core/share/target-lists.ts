// The targets of each node of the version graph, as columns: every node's
// number of targets, then the target modules, then their versions. A module's
// next version mostly requires the same modules, at the same or newer
// versions: a list equal to that of the module's previous node with targets
// (its base) is one flag, and a target the base also has is coded against the
// base's version of it.
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';

export type VersionCoder = (version: string, module: number) => number;
export type VersionDecoder = (code: number, module: number) => string;

/** A requirement of a node: module id and version. */
export interface Target {
  to: number;
  toVersion: string;
}

/** For each node, the nearest earlier node of the same module with targets, or -1. */
function basesOf(nodeModule: readonly number[], counts: readonly number[]): number[] {
  const last = new Map<number, number>();
  return nodeModule.map((m, node) => {
    const base = last.get(m) ?? -1;
    if (counts[node] > 0) last.set(m, node);
    return base;
  });
}

// Signed as unsigned, as ByteWriter.int does, for a column of plain and signed values.
const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);

function sameIds(a: readonly Target[], b: readonly Target[]): boolean {
  return a.length === b.length && a.every((t, i) => t.to === b[i].to);
}

/** Writes `lists[node]` for every node; `nodeModule[node]` is the node's module. */
export function writeTargets(w: ByteWriter, nodeModule: readonly number[], lists: readonly (readonly Target[])[], code: VersionCoder) {
  const bases = basesOf(nodeModule, lists.map((l) => l.length));
  for (const list of lists) w.uint(list.length);
  const copied = lists.map((list, node) => list.length > 0 && bases[node] >= 0 && sameIds(list, lists[bases[node]]));
  lists.forEach((list, node) => { if (list.length > 0 && bases[node] >= 0) w.byte(copied[node] ? 1 : 0); });
  lists.forEach((list, node) => { if (!copied[node]) list.forEach((t, i) => w.int(t.to - (i === 0 ? 0 : list[i - 1].to))); });
  // A code is taken once, in reading order: a version new to the table codes differently the second time.
  const codes: number[][] = [];
  lists.forEach((list, node) => {
    const base = bases[node] >= 0 ? lists[bases[node]] : [];
    codes.push(list.map((t) => code(t.toVersion, t.to)));
    list.forEach((t, i) => {
      const at = base.findIndex((x) => x.to === t.to);
      w.uint(at >= 0 ? zigzag(codes[bases[node]][at] - codes[node][i]) : codes[node][i]);
    });
  });
}

/** Reads lists written by writeTargets between `n` modules; at most `maxEdges` targets in all. */
export function readTargets(r: ByteReader, nodeModule: readonly number[], n: number, decode: VersionDecoder, maxEdges: number): Target[][] {
  let total = 0;
  const counts = nodeModule.map(() => {
    const c = r.uint();
    total += c;
    if (total > maxEdges) throw new ShareFormatError(`more than the limit of ${maxEdges} version edges`);
    return c;
  });
  const bases = basesOf(nodeModule, counts);
  const copied = counts.map((c, node) => c > 0 && bases[node] >= 0 && r.index(2, 'same-targets flag') === 1);
  const ids: number[][] = [];
  counts.forEach((c, node) => {
    if (copied[node]) {
      if (counts[bases[node]] !== c) throw new ShareFormatError(`node ${node} has ${c} targets, not the ${counts[bases[node]]} of the node it repeats`);
      ids.push(ids[bases[node]]);
      return;
    }
    const out: number[] = [];
    for (let prev = 0; out.length < c; out.push(prev)) {
      prev += r.int();
      if (!(prev >= 0 && prev < n)) throw new ShareFormatError(`version edges: target ${prev} is out of range (${n} modules)`);
    }
    ids.push(out);
  });
  // Codes as written (before decoding), for the nodes based on these.
  const codes: number[][] = [];
  return ids.map((list, node) => {
    const baseIds = bases[node] >= 0 ? ids[bases[node]] : [];
    const baseCodes = bases[node] >= 0 ? codes[bases[node]] : [];
    codes.push(list.map((to) => {
      const at = baseIds.indexOf(to); // the first, as the writer's findIndex
      const value = r.uint();
      if (at < 0) return value;
      const c = baseCodes[at] - (value % 2 === 0 ? value / 2 : -(value + 1) / 2);
      if (!(c >= 0)) throw new ShareFormatError(`version edges: version code ${c} of node ${node} is out of range`);
      return c;
    }));
    return list.map((to, i) => ({ to, toVersion: decode(codes[node][i], to) }));
  });
}
