import { describe, expect, it } from 'vitest';
import { hotMetrics } from '../analysis/hot';
import type { Analysis, Finding } from '../analysis/types';
import { loadSources } from '../load';
import { compareSemver } from '../semver';
import { readFixture } from '../test-support/fixtures';
import { diffGraphs } from './diff';
import { diffToMarkdown } from './diff-markdown';
import { diffToMermaid } from './diff-mermaid';
import { diffHotRanking } from './hot-rank';

const texts = (project: string, files: string[]) => files.map((name) => ({ name, text: readFixture(project, name) }));

// Independent reading of go mod graph text: max version per path, and module-level edges out of the selected versions.
function rawGraph(modgraph: string) {
  const lines = modgraph.trim().split('\n').map((l) => l.trim().split(' ').map((n) => n.split('@')));
  const selected = new Map<string, string>();
  for (const [path, version] of lines.flat()) {
    if (version && path !== 'go' && path !== 'toolchain' && compareSemver(version, selected.get(path) ?? '') > 0) selected.set(path, version);
  }
  const edges = new Set<string>();
  for (const [[from, fromVersion], [to]] of lines) {
    if (to !== 'go' && to !== 'toolchain' && (!fromVersion || selected.get(from) === fromVersion)) edges.add(`${from} ${to}`);
  }
  return { selected, edges };
}

function expectedDiff(before: string, after: string) {
  const a = rawGraph(before);
  const b = rawGraph(after);
  const both = [...b.selected.keys()].filter((p) => a.selected.has(p));
  return {
    added: [...b.selected.keys()].filter((p) => !a.selected.has(p)).sort(),
    removed: [...a.selected.keys()].filter((p) => !b.selected.has(p)).sort(),
    upgraded: both.filter((p) => compareSemver(b.selected.get(p)!, a.selected.get(p)!) > 0).sort(),
    downgraded: both.filter((p) => compareSemver(b.selected.get(p)!, a.selected.get(p)!) < 0).sort(),
    edgesAdded: [...b.edges].filter((e) => !a.edges.has(e)).sort(),
    edgesRemoved: [...a.edges].filter((e) => !b.edges.has(e)).sort(),
  };
}

function actual(before: Parameters<typeof loadSources>[0], after: Parameters<typeof loadSources>[0]) {
  const d = diffGraphs(loadSources(before), loadSources(after));
  return {
    added: d.added.map((m) => m.path),
    removed: d.removed.map((m) => m.path),
    upgraded: d.upgraded.map((m) => m.path),
    downgraded: d.downgraded.map((m) => m.path),
    edgesAdded: d.edgesAdded.map((e) => `${e.from} ${e.to}`),
    edgesRemoved: d.edgesRemoved.map((e) => `${e.from} ${e.to}`),
  };
}

// gin with an upgrade (x/net), a downgrade (x/sys: every v0.8.0 becomes v0.7.0), a new module and a dropped requirement.
function editedGin(): string {
  return readFixture('gin', 'modgraph.txt')
    .replaceAll('golang.org/x/net@v0.10.0', 'golang.org/x/net@v0.17.0')
    .replaceAll('golang.org/x/sys@v0.8.0', 'golang.org/x/sys@v0.7.0')
    .replace(/^github\.com\/gin-gonic\/gin gopkg\.in\/yaml\.v3@v3\.0\.1\n/m, '')
    .concat('github.com/gin-gonic/gin example.com/new@v1.0.0\n');
}

describe('diffGraphs on real outputs', () => {
  it('syncthing vs syncthing-untidy: matches an independent reading of the two go mod graphs', () => {
    const files = ['go.mod', 'modgraph.txt', 'golist-m.json'];
    const expected = expectedDiff(readFixture('syncthing', 'modgraph.txt'), readFixture('syncthing-untidy', 'modgraph.txt'));
    expect(actual(texts('syncthing', files), texts('syncthing-untidy', files))).toEqual(expected);
    // The untidy go.mod adds one unused requirement: an edge from the main module, no version change.
    expect(expected.edgesAdded).toEqual(['github.com/syncthing/syncthing github.com/jpillora/backoff']);
  });

  it('gin built by Go 1.19 vs Go 1.24: the same selection and module edges (only the go@ line differs)', () => {
    const files = ['modgraph.txt', 'golist-m.json'];
    const expected = expectedDiff(readFixture('gin/go1.19', 'modgraph.txt'), readFixture('gin', 'modgraph.txt'));
    expect(actual(texts('gin/go1.19', files), texts('gin', files))).toEqual(expected);
    expect(Object.values(expected).flat()).toEqual([]);
  });

  it('gin vs an edited gin: every kind of change, as an independent reading finds them', () => {
    const expected = expectedDiff(readFixture('gin', 'modgraph.txt'), editedGin());
    const result = actual([{ name: 'modgraph.txt', text: readFixture('gin', 'modgraph.txt') }], [{ name: 'modgraph.txt', text: editedGin() }]);
    expect(result).toEqual(expected);
    expect(result).toMatchObject({ added: ['example.com/new'], upgraded: ['golang.org/x/net'], downgraded: ['golang.org/x/sys'] });
    expect(result.edgesRemoved).toContain('github.com/gin-gonic/gin gopkg.in/yaml.v3');
  });
});

describe('findings and hot ranking in a diff', () => {
  const before = loadSources([{ name: 'modgraph.txt', text: readFixture('gin', 'modgraph.txt') }]);
  const after = loadSources([{ name: 'modgraph.txt', text: editedGin() }]);
  const finding = (kind: Finding['kind'], modules: string[]): Finding => ({ kind, severity: 'warning', modules, message: `${kind} | <b>`, evidence: [], fix: '', inputs: [] });
  const analysis = (graph: typeof before, findings: Finding[]): Analysis => ({ hot: hotMetrics(graph), findings, available: {} });

  it('new and resolved findings are keyed by kind and modules', () => {
    const d = diffGraphs(before, after,
      analysis(before, [finding('outdated', ['golang.org/x/net']), finding('deprecated', ['a'])]),
      analysis(after, [finding('outdated', ['golang.org/x/net']), finding('vulnerable', ['golang.org/x/sys'])]));
    expect(d.findings!.added.map((f) => f.kind)).toEqual(['vulnerable']);
    expect(d.findings!.resolved.map((f) => f.kind)).toEqual(['deprecated']);
    expect(diffGraphs(before, after).findings).toBeNull();
  });

  it('ranks by transitive dependents with shared ranks for ties; reports moves within and across the top N', () => {
    const r = (entries: [string, number, number][]) => new Map(entries.map(([p, rank, dependents]) => [p, { rank, dependents }]));
    const d = diffHotRanking(r([['a', 1, 9], ['b', 2, 5], ['c', 3, 4], ['d', 4, 1]]), r([['b', 1, 9], ['a', 2, 6], ['d', 3, 4], ['c', 3, 4]]), 3);
    expect(d.movedUp.map((c) => c.path)).toEqual(['b']);
    expect(d.movedDown.map((c) => c.path)).toEqual(['a']);
    expect(d.entered.map((c) => [c.path, c.before?.rank, c.after?.rank])).toEqual([['d', 4, 3]]);
    expect(d.left).toEqual([]);
  });

  it('markdown has the summary line and escaped tables', () => {
    const md = diffToMarkdown(diffGraphs(before, after, analysis(before, []), analysis(after, [finding('vulnerable', ['golang.org/x/sys'])])));
    expect(md.split('\n')[0]).toBe('**Dependency diff:** 1 module added, 0 removed, 1 upgraded, 1 downgraded; 1 requirement edge added, 1 removed; 1 new finding, 0 resolved; hot-library top 10 unchanged.');
    expect(md).toContain('| upgraded | golang.org/x/net | v0.10.0 | v0.17.0 |');
    expect(md).toContain('vulnerable \\| &lt;b&gt;');
  });

  it('mermaid shows only changed modules and edges, classed by change, labels escaped', () => {
    const text = diffToMermaid(diffGraphs(before, after));
    expect(text).toContain('["golang.org/x/net<br>v0.10.0 #8594; v0.17.0"]');
    expect(text).toMatch(/class n\w+ added/);
    expect(text).toMatch(/-\.-> n\w+/);
    expect(text).not.toContain('github.com/bytedance/sonic');
    const evil = diffToMermaid({ ...diffGraphs(before, before), added: [{ path: 'x"]; click a href "javascript:', version: 'v1<img>' }] });
    expect(evil).not.toMatch(/javascript:|<img>|"\]; click/);
  });
});
