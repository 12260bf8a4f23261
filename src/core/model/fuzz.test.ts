// Property-based fuzzing of the model build: whatever the parsers let
// through, loadSources must not throw and must give a consistent graph that
// can cross the worker boundary.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadSources } from '../load';
import type { InputKind, SourceText } from '../parse/types';
import { check, checkDiagnostics, FUZZ_OPTIONS, FUZZ_RUNS, FUZZ_SEEDS, FUZZ_TIMEOUT, mutatedText } from '../test-support/fuzz';
import type { Csr, GoGraph } from './types';

const KINDS = Object.keys(FUZZ_SEEDS) as InputKind[];

function checkCsr(csr: Csr, n: number, name: string): void {
  const { offsets, targets } = csr;
  check(offsets.length === n + 1 && offsets[0] === 0 && offsets[n] === targets.length, `${name}: offsets do not frame the targets`);
  for (let i = 0; i < n; i++) check(offsets[i + 1] >= offsets[i], `${name}: offsets decrease at ${i}`);
  for (const t of targets) check(t >= 0 && t < n, `${name}: target ${t} is not a module id`);
}

/** Throws unless every id in the graph points at something and its diagnostics are well-formed. */
function checkGraph(graph: GoGraph, sources: SourceText[]): void {
  const { modules, packages } = graph;
  const n = modules.length;
  modules.forEach((m, i) => check(m.id === i, `module ${i} has id ${m.id}`));
  for (const id of graph.mainIds) check(modules[id]?.main === true, `main id ${id} is not a main module`);
  checkCsr(graph.requires, n, 'requires');
  checkCsr(graph.requiredBy, n, 'requiredBy');
  if (graph.imports) checkCsr(graph.imports, n, 'imports');
  for (const e of graph.versionEdges) check(modules[e.from] !== undefined && modules[e.to] !== undefined, `version edge ${JSON.stringify(e)} has no module`);
  for (const p of packages ?? []) {
    check(p.module >= -1 && p.module < n, `package ${p.importPath} has module ${p.module}`);
    for (const i of p.imports) check(packages![i] !== undefined, `package ${p.importPath} imports ${i}, no package`);
  }
  checkDiagnostics(graph.diagnostics, (source) => sources.find((s) => s.name === source)?.text);
  // The graph is posted from the worker: it must be plain, cloneable data.
  structuredClone(graph);
}

function loadChecked(sources: SourceText[]): void {
  checkGraph(loadSources(sources), sources);
}

describe.each(KINDS)('loadSources on mutated %s', (kind) => {
  it('builds a consistent graph', () => {
    const source = mutatedText(FUZZ_SEEDS[kind]).map((text) => [{ name: kind, text }]);
    fc.assert(fc.property(source, loadChecked), FUZZ_OPTIONS);
  }, FUZZ_TIMEOUT);
});

describe('loadSources on a mix of inputs', () => {
  // An extra target beyond one per kind, so a fifth of the runs: each case builds from several files.
  it('builds a consistent graph from several mutated files', () => {
    // Inputs meet only in the build: mutate a few of them together.
    const file = fc.constantFrom(...KINDS).chain((kind) => mutatedText(FUZZ_SEEDS[kind]).map((text) => ({ kind, text })));
    // Distinct names: a diagnostic's position is checked against the text of its source.
    const files = fc.array(file, { minLength: 2, maxLength: 3 }).map((fs) => fs.map(({ kind, text }, i) => ({ name: `${i + 1}.${kind}`, text })));
    fc.assert(fc.property(files, loadChecked), { ...FUZZ_OPTIONS, numRuns: Math.ceil(FUZZ_RUNS / 5) });
  }, FUZZ_TIMEOUT);
});

describe('loadSources on a large graph', () => {
  // Past V8's argument limit (see parse/fuzz.test.ts): 200,000 edges already fail in a browser worker.
  it('builds a go mod graph of 600,000 edges', () => {
    const lines = Array.from({ length: 600_000 }, (_, i) => `m${i % 5000}@v1.${i % 7}.0 m${(i * 31) % 5000}@v1.${i % 3}.0`);
    loadChecked([{ name: 'modgraph.txt', text: `main m1@v1.0.0\n${lines.join('\n')}\n` }]);
  });
});
