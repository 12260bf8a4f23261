// Ground truth from Go's own outputs: tidy-gomod.diff (go mod tidy), gomodwhy.txt
// (go mod why -m all), modgraph.txt (go mod graph). Expected values are read from
// those files with small regexes here, never from the product's parsers.
import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import type { GoGraph } from '../model/types';
import { hasFixture, readFixture } from '../test-support/fixtures';
import { analyze, whyModule } from './index';
import type { Analysis, FindingKind } from './types';

const WHY_PROJECTS = ['gin', 'syncthing', 'syncthing-untidy'];
const TIDY_KINDS: FindingKind[] = ['unused-requirement', 'should-be-direct', 'should-be-indirect', 'missing-requirement'];

function load(project: string, files: string[]): GoGraph {
  return loadSources(files.filter((f) => hasFixture(project, f)).map((name) => ({ name, text: readFixture(project, name) })));
}

const FULL = ['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json', 'gomodwhy.txt'];
const loaded = new Map<string, { graph: GoGraph; analysis: Analysis }>();
function full(project: string) {
  let entry = loaded.get(project);
  if (!entry) {
    const graph = load(project, FULL);
    loaded.set(project, (entry = { graph, analysis: analyze(graph) }));
  }
  return entry;
}

const named = (analysis: Analysis, kind: FindingKind) => analysis.findings.filter((f) => f.kind === kind).flatMap((f) => f.modules).sort();

// What go mod tidy changed: a require line removed, added, or its // indirect mark flipped.
function tidyChanges(diff: string): Record<FindingKind, string[]> {
  const side = (sign: string) => new Map([...diff.matchAll(new RegExp(`^\\${sign}\\t(\\S+) \\S+( // indirect)?$`, 'gm'))].map((m) => [m[1], m[2] !== undefined]));
  const before = side('-');
  const after = side('+');
  const out: Record<string, string[]> = Object.fromEntries(TIDY_KINDS.map((k) => [k, []]));
  for (const [path, indirect] of before) {
    if (!after.has(path)) out['unused-requirement'].push(path);
    else if (indirect && !after.get(path)) out['should-be-direct'].push(path);
    else if (!indirect && after.get(path)) out['should-be-indirect'].push(path);
  }
  for (const path of after.keys()) if (!before.has(path)) out['missing-requirement'].push(path);
  return out as Record<FindingKind, string[]>;
}

// go mod why -m all: module -> package path ([] = "does not need").
function whyStanzas(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    if (!lines[0]?.startsWith('# ')) continue;
    out.set(lines[0].slice(2), lines[1]?.startsWith('(main module does not need') ? [] : lines.slice(1));
  }
  return out;
}

describe('tidy findings against go mod tidy', () => {
  it.each(['syncthing-untidy', 'gin', 'syncthing'])('%s: name exactly what tidy-gomod.diff changes', (project) => {
    const expected = tidyChanges(readFixture(project, 'tidy-gomod.diff'));
    const { analysis } = full(project);
    for (const kind of TIDY_KINDS) {
      expect(analysis.available[kind], kind).toBe(true);
      expect(named(analysis, kind), kind).toEqual(expected[kind].sort());
    }
  });

  it('syncthing-untidy: the diff itself holds one change of each of the three kinds', () => {
    const expected = tidyChanges(readFixture('syncthing-untidy', 'tidy-gomod.diff'));
    expect(expected['unused-requirement']).toEqual(['github.com/jpillora/backoff']);
    expect(expected['should-be-direct']).toEqual(['github.com/julienschmidt/httprouter']);
    expect(expected['should-be-indirect']).toEqual(['github.com/golang/snappy']);
    const { analysis } = full('syncthing-untidy');
    for (const kind of TIDY_KINDS) for (const f of analysis.findings.filter((x) => x.kind === kind)) {
      expect(f.caveat).toBeUndefined();
      expect(f.fix).toBe('go mod tidy');
    }
  });

  it('syncthing-untidy without go mod why: should-be-direct is exact; the tag-dependent kinds add only caveated modules other platforms need', () => {
    const expected = tidyChanges(readFixture('syncthing-untidy', 'tidy-gomod.diff'));
    const why = whyStanzas(readFixture('syncthing-untidy', 'gomodwhy.txt'));
    const analysis = analyze(load('syncthing-untidy', FULL.filter((f) => f !== 'gomodwhy.txt')));
    expect(named(analysis, 'should-be-direct')).toEqual(expected['should-be-direct']);
    expect(named(analysis, 'missing-requirement')).toEqual(expected['missing-requirement']);
    for (const kind of ['unused-requirement', 'should-be-indirect'] as const) {
      expect(named(analysis, kind)).toEqual(expect.arrayContaining(expected[kind]));
      for (const f of analysis.findings.filter((x) => x.kind === kind)) {
        expect(f.caveat).toBeTruthy();
        // Anything beyond tidy's answer is a module Go needs elsewhere (Windows, AIX, tools tags...).
        if (!expected[kind].includes(f.modules[0])) expect(why.get(f.modules[0])?.length, f.modules[0]).toBeGreaterThan(0);
      }
    }
  });

  it.each(['gin', 'syncthing'])('%s without -test: _test.go imports still keep should-be-indirect empty', (project) => {
    const analysis = analyze(load(project, ['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps.json']));
    expect(analysis.available['should-be-indirect']).toBe(true);
    expect(named(analysis, 'should-be-indirect')).toEqual([]);
    expect(named(analysis, 'should-be-direct')).toEqual([]);
  });
});

describe('graph-only and test-of-dependency-only against go mod why', () => {
  it.each(WHY_PROJECTS)('%s: graph-only never names a needed module without a caveat', (project) => {
    const why = whyStanzas(readFixture(project, 'gomodwhy.txt'));
    const { analysis } = full(project);
    const graphOnly = analysis.findings.filter((f) => f.kind === 'graph-only');
    expect(graphOnly.length).toBeGreaterThan(0);
    for (const f of graphOnly) if (!f.caveat) expect(why.get(f.modules[0]), f.modules[0]).toEqual([]);
  });

  it.each(WHY_PROJECTS)('%s: test-of-dependency-only modules are needed through the test of a dependency', (project) => {
    const why = whyStanzas(readFixture(project, 'gomodwhy.txt'));
    const { analysis } = full(project);
    for (const f of analysis.findings.filter((x) => x.kind === 'test-of-dependency-only')) {
      const path = why.get(f.modules[0]) ?? [];
      expect(path.some((p) => p.endsWith('.test')), f.modules[0]).toBe(true);
    }
  });
});

describe('why paths against go mod graph and go mod why', () => {
  it.each(WHY_PROJECTS)('%s: each requirement path starts at the main module and follows go mod graph edges', (project) => {
    const edges = new Set(readFixture(project, 'modgraph.txt').split('\n').map((l) => l.trim().split(' ').map((n) => n.split('@')[0]).join(' ')));
    const { graph } = full(project);
    let checked = 0;
    for (const m of graph.modules) {
      const path = whyModule(graph, m.id).requirementPath;
      if (!path) continue;
      expect(graph.modules[path[0]].main).toBe(true);
      expect(path[path.length - 1]).toBe(m.id);
      for (let i = 1; i < path.length; i++) expect(edges.has(`${graph.modules[path[i - 1]].path} ${graph.modules[path[i]].path}`)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each(WHY_PROJECTS)('%s: import paths end in the module and are as short as go mod why', (project) => {
    const why = whyStanzas(readFixture(project, 'gomodwhy.txt'));
    const { graph } = full(project);
    const known = new Set(graph.packages!.map((p) => p.importPath));
    const owner = (pkg: string) => graph.modules.filter((m) => pkg === m.path || pkg.startsWith(`${m.path}/`)).sort((a, b) => b.path.length - a.path.length)[0]?.path;
    let compared = 0;
    for (const m of graph.modules) {
      const path = whyModule(graph, m.id).importPath;
      if (!path) continue;
      expect(owner(path[path.length - 1])).toBe(m.path);
      expect(graph.modules[graph.mainIds[0]].path).toBe(owner(path[0]));
      // Go's path is comparable when we loaded every package on it.
      const goPath = why.get(m.path) ?? [];
      if (goPath.length > 0 && goPath.every((p) => known.has(p.endsWith('.test') ? p.slice(0, -5) : p))) {
        expect(path.length, m.path).toBe(goPath.length);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('hot metrics on fixtures', () => {
  it('syncthing: the main module dominates everything it reaches, and counts agree with the why answers', () => {
    const { graph, analysis } = full('syncthing');
    const main = analysis.hot[graph.mainIds[0]];
    expect(main.transitiveDependents).toBe(0);
    expect(main.exclusiveWeight).toBe(main.transitiveDependencies);
    for (const h of analysis.hot) {
      const why = whyModule(graph, h.id);
      expect(why.dependents.length).toBe(h.transitiveDependents);
      expect(why.directDependents.length).toBe(h.directDependents);
      if (!graph.modules[h.id].main && why.requirementPath) expect(why.pathCount).toBeGreaterThan(0);
    }
    expect(analysis.hot.some((h) => (h.importingPackages ?? 0) > 0)).toBe(true);
    expect(analysis.hot.every((h) => h.imports !== null)).toBe(true);
  });

  it('committed-real: module list and graph only, package-based analyses say what to add', () => {
    const analysis = analyze(load('committed-real/bearer', ['golist-m.json', 'modgraph.txt']));
    expect(analysis.available['graph-only']).toMatch(/go list -e -deps/);
    expect(analysis.available['import-metrics']).toMatch(/go list -e -deps/);
    expect(analysis.available['version-skew']).toBe(true);
    expect(analysis.findings.some((f) => f.kind === 'version-skew')).toBe(true);
    expect(analysis.hot.every((h) => h.importingPackages === null && h.imports === null)).toBe(true);
  });
});
