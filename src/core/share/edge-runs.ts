// Edge lists as runs of one source: per run the source (delta from the
// previous run's) and length, then every target as a delta from the previous
// target of its run. Keeps any order, so decoding gives back the same list.
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';

/**
 * Writes edges; a run also breaks where `breakAt(i)` says so (an edge whose extra run key differs).
 * Returns the index of each run's first edge, for per-run columns the caller writes next.
 */
export function writeEdgeRuns(w: ByteWriter, from: readonly number[], to: readonly number[], breakAt: (i: number) => boolean = () => false): number[] {
  const starts: number[] = [];
  for (let i = 0; i < from.length; i++) if (i === 0 || from[i] !== from[i - 1] || breakAt(i)) starts.push(i);
  w.uint(starts.length);
  starts.forEach((s, k) => w.int(from[s] - (k === 0 ? 0 : from[starts[k - 1]])));
  starts.forEach((s, k) => w.uint((starts[k + 1] ?? from.length) - s));
  let run = 0;
  for (let i = 0; i < to.length; i++) {
    const first = starts[run] === i;
    if (first) run++;
    w.int(to[i] - (first ? 0 : to[i - 1]));
  }
  return starts;
}

/** Edges read back, with the index of each run's first edge. */
export interface EdgeRuns {
  from: number[];
  to: number[];
  starts: number[];
}

/** Reads edges between `n` nodes written by writeEdgeRuns; every id is bounds-checked. */
export function readEdgeRuns(r: ByteReader, n: number, maxEdges: number, what: string): EdgeRuns {
  const runs = r.count(maxEdges, `${what} runs`, 3);
  const sources: number[] = [];
  for (let k = 0; k < runs; k++) sources.push((sources[k - 1] ?? 0) + r.int());
  const lengths: number[] = [];
  let total = 0;
  for (let k = 0; k < runs; k++) {
    const len = r.uint();
    total += len;
    if (len === 0 || total > maxEdges) throw new ShareFormatError(`${what}: a run of ${len} edges (${total} in all, limit ${maxEdges})`);
    lengths.push(len);
  }
  const from: number[] = [];
  const to: number[] = [];
  const starts: number[] = [];
  sources.forEach((source, k) => {
    if (!(source >= 0 && source < n)) throw new ShareFormatError(`${what}: source ${source} is out of range (${n} modules)`);
    starts.push(from.length);
    let prev = 0;
    for (let e = 0; e < lengths[k]; e++) {
      prev += r.int();
      if (!(prev >= 0 && prev < n)) throw new ShareFormatError(`${what}: target ${prev} is out of range (${n} modules)`);
      from.push(source);
      to.push(prev);
    }
  });
  return { from, to, starts };
}
