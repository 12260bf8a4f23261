// A link must reproduce what the sender saw: the analyses of the rebuilt graph
// give the same findings and hot-library metrics as the analyses of the original.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import type { Analysis, HotMetrics } from '../analysis';
import { loadSources } from '../load';
import type { GoGraph } from '../model/types';
import { FIXTURE_PROJECTS, fixtureFiles, readFixture } from '../test-support/fixtures';
import { decodeShare, encodeShare, graphFromSnapshot, snapshotFromGraph } from './index';

const EXAMPLES = join(import.meta.dirname, '../../../public/examples');

function loadProject(project: string): GoGraph {
  const files = fixtureFiles(project).filter((f) => !/\.(md|diff)$|govulncheck/.test(f));
  return loadSources(files.map((name) => ({ name, text: readFixture(project, name) })));
}

// The one-click examples, loaded as the app loads them.
function loadExample(files: string[]): GoGraph {
  return loadSources(files.map((f) => ({ name: f, text: readFileSync(join(EXAMPLES, f), 'utf8') })));
}

const examples = (JSON.parse(readFileSync(join(EXAMPLES, 'index.json'), 'utf8')) as { examples: { id: string; files: string[] }[] }).examples;

// A link does not carry govulncheck reports or policies (inputs.ts): the examples' vulnerable
// findings stay with the sender by design, so both sides are compared without those kinds.
const NOT_CARRIED = new Set(['vulnerable', 'policy-violation']);
const carried = (a: Analysis) => ({
  findings: a.findings.filter((f) => !NOT_CARRIED.has(f.kind)),
  available: Object.fromEntries(Object.entries(a.available).filter(([kind]) => !NOT_CARRIED.has(kind))),
});

const findingKeys = (a: Analysis) => carried(a).findings.map((f) => `${f.kind} ${f.modules.join(' ')}`).sort();

// importingPackages counts packages, which a link does not carry (see rebuild.ts); every other
// metric, the import-graph ones included, reads the module-level import edges the link keeps.
const hotKeys = (a: Analysis) => a.hot.map(({ importingPackages: _, ...rest }: HotMetrics) => rest);

function viaLink(graph: GoGraph): GoGraph {
  const decoded = decodeShare(encodeShare(snapshotFromGraph(graph, {})));
  if (!decoded.ok) throw new Error(decoded.error);
  return graphFromSnapshot(decoded.snapshot);
}

const cases: [string, () => GoGraph][] = [
  ...FIXTURE_PROJECTS.map((p): [string, () => GoGraph] => [`fixture ${p}`, () => loadProject(p)]),
  ...examples.map((e): [string, () => GoGraph] => [`example ${e.id}`, () => loadExample(e.files)]),
];

// Kinds that never needed packages or go mod why, checked apart so that a regression in the
// package facts cannot hide one in the module fields.
const MODULE_LEVEL = new Set(['duplicate-major', 'version-skew', 'deprecated', 'retracted', 'outdated', 'local-replace']);
const moduleLevel = (a: Analysis) => findingKeys(a).filter((k) => MODULE_LEVEL.has(k.split(' ')[0]));

describe.each(cases)('analyses after a share link: %s', (_, load) => {
  const graph = load();
  const before = analyze(graph);
  const after = analyze(viaLink(graph));

  it('ranks hot libraries by the same metrics', () => {
    expect(hotKeys(after)).toEqual(hotKeys(before));
  });

  it('finds the same module-level findings (kind and modules)', () => {
    expect(moduleLevel(after)).toEqual(moduleLevel(before));
  });

  // Whole findings: the evidence quotes package paths and go mod why paths, which the link
  // carries as module facts (package-facts.ts), and release times and go versions.
  it('finds the same findings and runs the same analyses', () => {
    expect(findingKeys(after)).toEqual(findingKeys(before));
    expect(carried(after)).toEqual(carried(before));
  });
});

describe('analyses after a share link: go.mod directives', () => {
  // A directory replacement (local-replace) and a Go 1.24 tool (exempt from unused-requirement).
  const goMod = ['module example.com/app', '', 'go 1.24', '', 'require (', '\texample.com/lib v1.0.0', '\tgolang.org/x/tools v0.30.0', ')', '',
    'replace example.com/lib => ../lib', '', 'tool golang.org/x/tools/cmd/stringer', ''].join('\n');
  const deps = JSON.stringify({ ImportPath: 'example.com/app', Name: 'main', Module: { Path: 'example.com/app', Main: true } }, null, '\t');
  const graph = loadSources([{ name: 'go.mod', text: goMod }, { name: 'deps.json', text: deps }]);

  it('keeps the findings that read go.mod replacements and tools', () => {
    const before = analyze(graph);
    expect(findingKeys(before)).toEqual(expect.arrayContaining(['local-replace example.com/lib', 'unused-requirement example.com/lib']));
    expect(findingKeys(before)).not.toContain('unused-requirement golang.org/x/tools');
    expect(carried(analyze(viaLink(graph)))).toEqual(carried(before));
  });
});
