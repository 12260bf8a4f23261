// Layout time on synthetic Go module graphs: one JSON line per case.
// Run: npx tsx bench/layout.ts
import { performance } from 'node:perf_hooks';
import { layeredLayout } from '../src/core/layout';
import { buildCsr } from '../src/core/model/csr';
import type { Csr } from '../src/core/model/types';
import { generateGoProject } from '../src/core/synth';

const CASES = [
  { modules: 1_000, edges: 5_000 },
  { modules: 3_000, edges: 15_000 },
  { modules: 10_000, edges: 50_000 },
];
const RUNS = 3;

/** Module-level graph of go mod graph text: one node per path, one edge per pair; the main module is node 0. */
function moduleGraph(modGraph: string): { n: number; edges: Csr } {
  const ids = new Map<string, number>();
  const id = (node: string): number => {
    const at = node.indexOf('@');
    const path = at < 0 ? node : node.slice(0, at);
    let v = ids.get(path);
    if (v === undefined) ids.set(path, (v = ids.size));
    return v;
  };
  const from: number[] = [];
  const to: number[] = [];
  for (const line of modGraph.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    from.push(id(line.slice(0, space)));
    to.push(id(line.slice(space + 1)));
  }
  // buildCsr drops duplicate pairs and self-loops (two versions of one path requiring each other).
  return { n: ids.size, edges: buildCsr(ids.size, from, to) };
}

for (const c of CASES) {
  const { modGraph } = generateGoProject({ ...c, seed: 1 });
  const { n, edges } = moduleGraph(modGraph);
  // The worker lays a graph out once, cold: report that run apart from the warm median.
  let start = performance.now();
  let result = layeredLayout({ nodeCount: n, edges, roots: [0] });
  const coldMs = performance.now() - start;
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    start = performance.now();
    result = layeredLayout({ nodeCount: n, edges, roots: [0] });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const layers = result.layer.reduce((most, l) => Math.max(most, l + 1), 0);
  console.log(
    JSON.stringify({
      bench: 'layout',
      modules: n,
      edges: edges.targets.length,
      coldMs: Math.round(coldMs),
      ms: Math.round(times[RUNS >> 1]),
      layers,
      width: Math.round(result.width),
      height: Math.round(result.height),
    }),
  );
}
