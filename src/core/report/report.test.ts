// The report on every fixture, checked against Go's own outputs read here with
// small regexes (never with the product's parsers).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { loadSources } from '../load';
import { FIXTURE_PROJECTS, hasFixture, readFixture } from '../test-support/fixtures';
import { buildReport, REPORT_SCHEMA, reportToMarkdown, type Report } from './index';
import { mdInline } from './markdown';

const FILES = ['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json', 'golist-deps.json', 'gomodwhy.txt', 'vendor-modules.txt'];

function reportOf(project: string): Report {
  // One package list is enough; -test is the richer one.
  const files = FILES.filter((f) => hasFixture(project, f)).filter((f) => f !== 'golist-deps.json' || !hasFixture(project, 'golist-deps-test.json'));
  const graph = loadSources(files.map((name) => ({ name, text: readFixture(project, name) })));
  return buildReport(graph, analyze(graph));
}

const read = (project: string, file: string) => (hasFixture(project, file) ? readFixture(project, file) : '');

// go.mod require lines, block or single: path -> direct (no `// indirect`).
function goModRequires(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const add = (line: string) => {
    const m = /^\s*([^\s/][^\s]*) v\S+(.*)$/.exec(line);
    if (m) out.set(m[1], !/\/\/ indirect/.test(m[2]));
  };
  for (const block of text.matchAll(/^require \(\n([\s\S]*?)^\)/gm)) block[1].split('\n').forEach(add);
  for (const single of text.matchAll(/^require (.*)$/gm)) if (!single[1].startsWith('(')) add(single[1]);
  return out;
}

// Every module path Go's outputs name: go list -m objects, go mod graph nodes (minus the go@/toolchain@ pseudo-modules), go.mod requires, vendored modules.
function expectedPaths(project: string): Set<string> {
  const paths = new Set<string>();
  for (const m of read(project, 'golist-m.json').matchAll(/^\t"Path": "([^"]+)"/gm)) paths.add(m[1]);
  for (const token of read(project, 'modgraph.txt').split(/\s+/)) {
    const path = token.split('@')[0];
    if (path && path !== 'go' && path !== 'toolchain') paths.add(path);
  }
  for (const path of goModRequires(read(project, 'go.mod')).keys()) paths.add(path);
  for (const m of read(project, 'vendor-modules.txt').matchAll(/^# (\S+)/gm)) paths.add(m[1]);
  const main = /^module (\S+)/m.exec(read(project, 'go.mod'));
  if (main) paths.add(main[1]);
  return paths;
}

// go mod why -m all: module -> needed.
function whyNeeded(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of text.matchAll(/^# (\S+)\n(\(main module does not need)?/gm)) out.set(m[1], m[2] === undefined);
  return out;
}

describe.each(FIXTURE_PROJECTS)('report of %s', (project) => {
  const report = reportOf(project);

  it('carries the schema string', () => {
    expect(report.schema).toBe(REPORT_SCHEMA);
    expect(report.schema).toBe('gotopo.report/v1');
  });

  it("lists every module Go's outputs name, and no other", () => {
    const paths = report.modules.map((m) => m.path);
    const expected = expectedPaths(project);
    expect(report.counts.modules).toBe(paths.length);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...expected].filter((p) => !paths.includes(p))).toEqual([]);
    // Only a package list can name a module none of the files above names (a package's module).
    const packagesOnly = paths.filter((p) => !expected.has(p));
    if (report.counts.packages === null) expect(paths.length).toBe(expected.size);
    else expect(packagesOnly.length).toBeLessThan(5);
  });

  it("has needed = go mod why -m's answer for every module it names", () => {
    const why = whyNeeded(read(project, 'gomodwhy.txt'));
    for (const m of report.modules) expect(m.needed, m.path).toBe(why.has(m.path) ? why.get(m.path) : null);
  });

  it.runIf(hasFixture(project, 'go.mod'))("has direct = go.mod's listing", () => {
    const requires = goModRequires(read(project, 'go.mod'));
    for (const m of report.modules) expect(m.direct, m.path).toBe(m.main ? null : (requires.get(m.path) ?? false));
  });

  it('ranks hot libraries by transitive dependents, without main modules', () => {
    const counts = report.hot.map((h) => h.transitiveDependents);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(report.hot.length).toBe(report.modules.filter((m) => !m.main).length);
    expect(report.hot.some((h) => report.mainModules.includes(h.path))).toBe(false);
  });

  it('is plain JSON (round-trips unchanged)', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('renders a Markdown summary with the hot table', () => {
    const md = reportToMarkdown(report);
    expect(md).toContain(`**${report.counts.modules} modules**`);
    if (report.hot.length > 0) expect(md).toContain('| # | module | version | direct dependents |');
  });
});

describe('report key order (the JSON contract)', () => {
  const report = reportOf('gin');
  const keys = (o: object | undefined) => Object.keys(o ?? {});

  it('keeps every key, in the documented order', () => {
    expect(keys(report)).toEqual(['schema', 'mainModules', 'counts', 'inputs', 'missingInputs', 'analyses', 'modules', 'hot', 'findings', 'diagnostics']);
    expect(keys(report.counts)).toEqual(['modules', 'requireEdges', 'importEdges', 'packages']);
    expect(keys(report.inputs[0])).toEqual(['kind', 'source', 'count', 'unit', 'withTests']);
    expect(keys(report.modules[1])).toEqual(['path', 'version', 'main', 'direct', 'used', 'needed', 'versions', 'replace', 'update', 'deprecated', 'retracted']);
    expect(keys(report.hot[0])).toEqual(['path', 'version', 'directDependents', 'transitiveDependents', 'transitiveDependencies', 'exclusiveWeight', 'importingPackages']);
    expect(keys(report.findings[0])).toEqual(['kind', 'severity', 'modules', 'message', 'evidence', 'fix', 'inputs', 'caveat']);
  });

  it('keeps the diagnostic and missing-input keys', () => {
    const graph = loadSources([{ name: 'modgraph.txt', text: 'a b@v1.0.0\nthis is not an edge line at all\n' }]);
    const small = buildReport(graph, analyze(graph));
    expect(keys(small.diagnostics[0])).toEqual(['level', 'source', 'line', 'column', 'message']);
    expect(keys(small.missingInputs[0])).toEqual(['kind', 'adds', 'command']);
    expect(small.counts.importEdges).toBeNull();
    expect(small.modules.every((m) => m.used === null && m.needed === null && m.direct === null)).toBe(true);
  });
});

describe('Markdown from untrusted inputs', () => {
  it('neutralises links, HTML and emphasis in module text', () => {
    expect(mdInline('[x](https://evil) <img src=x> *a* `c`')).toBe('\\[x\\]\\(https://evil\\) &lt;img src=x&gt; \\*a\\* \\`c\\`');
  });

  it('escapes table cells made of module paths', () => {
    const graph = loadSources([{ name: 'modgraph.txt', text: 'example.com/m example.com/a|<b>@v1.0.0\n' }]);
    const md = reportToMarkdown(buildReport(graph, analyze(graph)));
    expect(md).toContain('example.com/a\\|&lt;b&gt;');
    expect(md).not.toContain('<b>');
  });
});
