import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { FIXTURE_PROJECTS, hasFixture, readFixture } from '../test-support/fixtures';
import { edgeCount, neighbours } from './csr';

// Independent reading of go list -m output: Go prints one tab-indented object
// per module, closed by a "}" alone on a line.
function listedVersions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of text.split(/^\}\r?\n?/m)) {
    const body = chunk.trim();
    if (!body) continue;
    const m = JSON.parse(`${body}}`) as { Path: string; Version?: string; Main?: boolean };
    out.set(m.Path, m.Main ? '' : (m.Version ?? ''));
  }
  return out;
}

const withGraph = FIXTURE_PROJECTS.filter((p) => hasFixture(p, 'modgraph.txt') && hasFixture(p, 'golist-m.json'));

describe('buildGraph on the real fixtures', () => {
  it.each(withGraph)('%s: MVS over go mod graph selects exactly the versions go list -m lists', (project) => {
    const graph = loadSources([{ name: 'modgraph.txt', text: readFixture(project, 'modgraph.txt') }]);
    const expected = listedVersions(readFixture(project, 'golist-m.json'));
    const actual = new Map(graph.modules.map((m) => [m.path, m.version]));
    expect(actual).toEqual(expected);
  });

  it.each(withGraph)('%s: graph and module list agree, so no mismatch is reported', (project) => {
    const graph = loadSources([
      { name: 'modgraph.txt', text: readFixture(project, 'modgraph.txt') },
      { name: 'golist-m.json', text: readFixture(project, 'golist-m.json') },
    ]);
    expect(graph.selectionMismatches).toEqual([]);
    expect(graph.mainIds.map((i) => graph.modules[i].main)).toEqual([true]);
  });

  const withPackages = FIXTURE_PROJECTS.flatMap((p) =>
    ['golist-deps.json', 'golist-deps-test.json'].filter((f) => hasFixture(p, f) && hasFixture(p, 'golist-m.json')).map((f) => [p, f] as const),
  );
  it.each(withPackages)('%s %s: every module-level import edge joins two modules go list -m lists', (project, file) => {
    const listed = listedVersions(readFixture(project, 'golist-m.json'));
    const graph = loadSources([
      { name: 'golist-m.json', text: readFixture(project, 'golist-m.json') },
      { name: file, text: readFixture(project, file) },
    ]);
    expect(graph.imports).not.toBeNull();
    const imports = graph.imports!;
    expect(edgeCount(imports)).toBeGreaterThan(0);
    for (let i = 0; i < graph.modules.length; i++) {
      for (const j of neighbours(imports, i)) {
        expect(listed.has(graph.modules[i].path)).toBe(true);
        expect(listed.has(graph.modules[j].path)).toBe(true);
      }
    }
  });

  it('syncthing-untidy: go.mod labels come from go.mod text, exactly', () => {
    const graph = loadSources([
      { name: 'go.mod', text: readFixture('syncthing-untidy', 'go.mod') },
      { name: 'modgraph.txt', text: readFixture('syncthing-untidy', 'modgraph.txt') },
    ]);
    const byPath = new Map(graph.modules.map((m) => [m.path, m]));
    const goMod = readFixture('syncthing-untidy', 'go.mod');
    const direct = [...goMod.matchAll(/^\s+(\S+) v\S+\s*$/gm)].map((m) => m[1]);
    const indirect = [...goMod.matchAll(/^\s+(\S+) v\S+ \/\/ indirect\s*$/gm)].map((m) => m[1]);
    for (const p of direct) expect(byPath.get(p)?.goMod).toBe('direct');
    for (const p of indirect) expect(byPath.get(p)?.goMod).toBe('indirect');
    expect(byPath.get('github.com/jpillora/backoff')?.goMod).toBe('direct');
    expect(byPath.get('github.com/golang/snappy')?.goMod).toBe('direct');
    expect(byPath.get('github.com/julienschmidt/httprouter')?.goMod).toBe('indirect');
  });

  it('gin: requirement edges come only from selected versions and the main module', () => {
    const graph = loadSources([{ name: 'modgraph.txt', text: readFixture('gin', 'modgraph.txt') }]);
    const lines = readFixture('gin', 'modgraph.txt').trim().split('\n').map((l) => l.split(' '));
    const selected = new Map(graph.modules.map((m) => [m.path, m.version]));
    const expected = new Set<string>();
    for (const [from, to] of lines) {
      const [fp, fv = ''] = from.split('@');
      const [tp] = to.split('@');
      if (tp === 'go' || tp === 'toolchain' || fp === tp) continue;
      if (selected.get(fp) === fv) expected.add(`${fp} ${tp}`);
    }
    const actual = new Set<string>();
    graph.modules.forEach((m, i) => neighbours(graph.requires, i).forEach((j) => actual.add(`${m.path} ${graph.modules[j].path}`)));
    expect(actual).toEqual(expected);
  });

  it('cri-o: a package-only load still yields modules and import edges', () => {
    const graph = loadSources([{ name: 'golist-deps.json', text: readFixture('cri-o', 'golist-deps.json') }]);
    const nonStdModules = new Set<string>();
    for (const m of readFixture('cri-o', 'golist-deps.json').matchAll(/^\t"Module": \{\n\t\t"Path": "([^"]+)"/gm)) nonStdModules.add(m[1]);
    expect(graph.modules.length).toBe(nonStdModules.size);
    expect(graph.modules.filter((m) => m.main).map((m) => m.path)).toEqual(['github.com/cri-o/cri-o']);
    expect(edgeCount(graph.imports!)).toBeGreaterThan(0);
  });

  it('syncthing: the package facts agree with the import graph and the packages they name', () => {
    const graph = loadSources(['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json'].map((name) => ({ name, text: readFixture('syncthing', name) })));
    const mains = new Set(graph.mainIds);
    const main = graph.modules[graph.mainIds[0]].path;
    expect(graph.packageCount).toBe(graph.packages!.length);
    for (const m of graph.modules) {
      // With -test every test import is a loaded package: D is exactly the import edges out of the main module.
      const importedByMain = graph.mainIds.some((id) => neighbours(graph.imports!, id).includes(m.id));
      expect(m.directImport !== null, m.path).toBe(!m.main && importedByMain);
      if (m.directImport) {
        expect(m.directImport.importer.startsWith(main), m.path).toBe(true);
        expect(m.directImport.imported.startsWith(m.path), m.path).toBe(true);
      }
      expect(m.testImporters.length > 0, m.path).toBe(m.testImportedByDeps === true);
      expect(m.testImporters.length).toBeLessThanOrEqual(3);
      for (const p of m.testImporters) expect(mains.has(graph.packages!.find((q) => q.importPath === p)!.module)).toBe(false);
    }
  });
});
