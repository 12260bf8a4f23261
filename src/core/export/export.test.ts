import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { readFixture } from '../test-support/fixtures';
import { exportDot, exportMermaid, graphExporters, nodeKey } from './index';
import { graphFromModGraph, syntheticGraph } from './test-support/graph';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

// Compares with a committed golden file; UPDATE_GOLDEN=1 rewrites it (then inspect the diff by eye).
function expectGolden(name: string, text: string) {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const fortigate = () => loadSources([{ name: 'go.mod.graph', text: readFixture('committed-real/fortigate_exporter', 'go.mod.graph') }]);

describe('golden exports of committed-real/fortigate_exporter', () => {
  const graph = fortigate();
  const id = (path: string) => graph.modules.findIndex((m) => m.path === path);

  it('Mermaid, whole graph', () => {
    const r = exportMermaid(graph, { flagged: new Set([id('github.com/golang/protobuf')]) });
    expect(r.ok).toBe(true);
    if (r.ok) expectGolden('fortigate.mmd', r.text);
  });

  it('Mermaid, left to right, grouped by owner', () => {
    const r = exportMermaid(graph, { direction: 'LR', groupByOwner: true });
    if (r.ok) expectGolden('fortigate-owners.mmd', r.text);
    expect(r.ok).toBe(true);
  });

  it('Mermaid, paths to golang.org/x/sys', () => {
    const r = exportMermaid(graph, { scope: { kind: 'paths', id: id('golang.org/x/sys') } });
    if (r.ok) expectGolden('fortigate-why-sys.mmd', r.text);
    expect(r.ok).toBe(true);
  });

  it('DOT, whole graph, grouped by owner', () => {
    expectGolden('fortigate.dot', exportDot(graph, { groupByOwner: true, flagged: new Set([id('github.com/golang/protobuf')]) }).text);
  });

  it('drops the go and toolchain pseudo-modules', () => {
    const r = exportMermaid(graph);
    expect(r.ok && r.text).not.toMatch(/"(go|toolchain)<br>/);
  });

  it('gives a module the same node id in every scope', () => {
    const sys = id('golang.org/x/sys');
    for (const r of [exportMermaid(graph), exportMermaid(graph, { scope: { kind: 'neighbourhood', id: sys, hops: 1, direction: 'dependents' } })]) {
      expect(r.ok && r.text).toContain(`${nodeKey(sys)}["golang.org/x/sys<br>`);
    }
  });

  it('is the same function through the format map', () => {
    expect(graphExporters.mermaid(graph, {})).toEqual(exportMermaid(graph));
    expect(graphExporters.dot(graph, {})).toEqual(exportDot(graph));
  });
});

describe('hostile labels', () => {
  const HOSTILE = ['"]; click m0 call alert(1); %%', '<script>alert(1)</script>', 'a\nb\rc', '`md`', 'x:::main', '{}[]()|;#&', '\u202eevil'];
  const graph = graphFromModGraph('example.com/app example.com/a@v1.0.0\nexample.com/a@v1.0.0 example.com/b@v1.0.0');
  graph.modules.forEach((m, i) => {
    m.path = `${HOSTILE[i]} path`;
    m.version = m.main ? '' : HOSTILE[(i + 3) % HOSTILE.length];
  });

  it('Mermaid keeps every label inside its quotes, as entity codes', () => {
    const r = exportMermaid(graph, { groupByOwner: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Our own syntax: node lines, edges, subgraphs, classDefs; entity codes are #name; or #123;.
    const data = r.text.replace(/#\w+;/g, '');
    for (const line of data.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^ *(graph TD|end|m\w+\["[^"]*"\]|subgraph o\w+\["[^"]*"\]|m\w+ --> m\w+|classDef \w+ [^;%]*|class [m\w,]+ \w+)$/);
    }
    for (const bad of ['<script', '`', '%%', ':::', ';', '\r', '\u202e', '(', '[]', '|']) expect(data).not.toContain(bad);
    expect(data).not.toMatch(/^\s*click/m);
  });

  it('DOT escapes quotes and backslashes and strips line breaks', () => {
    graph.modules[1].path = 'a\\"b\\N';
    const text = exportDot(graph).text;
    expect(text).toContain('label="a\\\\\\"b\\\\N\\n');
    expect(text).not.toContain('\r');
    expect(text.split('\n').every((l) => (l.match(/(?<!\\)"/g) ?? []).length % 2 === 0)).toBe(true);
  });
});

describe("Mermaid's limits", () => {
  const big = syntheticGraph(60, 30, 19);

  it('refuses a 600-edge graph and offers scopes that render', () => {
    const r = exportMermaid(big, { selected: 40 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.edges).toBeGreaterThan(500);
    expect(r.reason).toMatch(/edges/);
    expect(r.suggestions.length).toBeGreaterThanOrEqual(3);
    for (const s of r.suggestions) {
      const again = exportMermaid(big, { scope: s.scope, groupByOwner: s.groupByOwner, selected: 40 });
      expect(again).toMatchObject({ ok: true, edges: s.edges, chars: s.chars });
    }
  });

  it('counts characters too', () => {
    const r = exportMermaid(fortigate(), { maxTextSize: 1000 });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/characters/) });
  });

  it('offers top-N of a given ranking first', () => {
    const ranking = big.modules.map((m) => m.id).reverse();
    const r = exportMermaid(big, { ranking });
    expect(!r.ok && r.suggestions[0]).toMatchObject({ scope: { kind: 'top' }, label: expect.stringMatching(/of the ranking/) });
  });
});
