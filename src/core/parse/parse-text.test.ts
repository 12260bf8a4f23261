import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseSources, parseText } from './parse-text';
import type { ParsedInput } from './types';

const kinds = (inputs: ParsedInput[]) => inputs.map((i) => i.kind);
const edgeLines = (text: string) => text.split('\n').filter((l) => / \S+@/.test(l) && !/(^| )(go|toolchain)@/.test(l)).length;

describe('parseText on committed bundles (go list -m -json, dashes, go mod graph)', () => {
  it.each([
    ['committed-real/bearer', 242, 931],
    ['committed-real/fortigate_exporter', 42, 82],
  ])('%s: %i modules and %i graph lines', (project, modules, lines) => {
    const text = readFixture(project, 'go.mod.graph');
    const { inputs, diagnostics } = parseText(text, 'go.mod.graph');
    expect(diagnostics).toEqual([]);
    expect(kinds(inputs)).toEqual(['go-list-m', 'go-mod-graph']);
    const [list, graph] = inputs;
    if (list.kind !== 'go-list-m' || graph.kind !== 'go-mod-graph') throw new Error('unexpected kinds');
    expect(list.modules).toHaveLength(modules);
    const graphText = readFixture(project, 'modgraph.txt');
    expect(graphText.split('\n').filter((l) => l.trim() !== '')).toHaveLength(lines);
    expect(graph.edges).toHaveLength(edgeLines(graphText));
    expect(graph.source).toBe('go.mod.graph#2');
    expect(text.slice(graph.offset, graph.offset + graph.length)).toBe(graphText.trim());
  });
});

describe('parseText on the recommended one-liner', () => {
  const parts = [
    readFixture('gin', 'golist-m.json'),
    readFixture('gin', 'modgraph.txt'),
    readFixture('gin', 'golist-deps-test.json'),
    readFixture('gin', 'gomodwhy.txt'),
  ];

  it('finds the four inputs with no separators, in order, with their offsets', () => {
    const text = parts.join('');
    const { inputs, diagnostics } = parseText(text, 'topo.txt');
    expect(diagnostics).toEqual([]);
    expect(kinds(inputs)).toEqual(['go-list-m', 'go-mod-graph', 'go-list-deps', 'go-mod-why']);
    expect(inputs.map((i) => i.source)).toEqual(['topo.txt', 'topo.txt#2', 'topo.txt#3', 'topo.txt#4']);
    expect(inputs.map((i) => i.offset)).toEqual([0, parts[0].length, parts[0].length + parts[1].length, parts[0].length + parts[1].length + parts[2].length]);
    const [, graph, deps, why] = inputs;
    expect(graph.kind === 'go-mod-graph' && graph.edges.length).toBe(116);
    expect(deps.kind === 'go-list-deps' && deps.withTests).toBe(true);
    expect(why.kind === 'go-mod-why' && why.entries.length).toBe(39);
  });

  it('gives the same records with CRLF line ends and a BOM', () => {
    const lf = parseText(parts.join(''), 't');
    const crlf = parseText(`\ufeff${parts.join('').replace(/\n/g, '\r\n')}`, 't');
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.inputs.map(({ offset: _o, length: _l, ...rest }) => rest)).toEqual(lf.inputs.map(({ offset: _o, length: _l, ...rest }) => rest));
  });

  it('separates go.mod, go.sum, vendor/modules.txt, govulncheck and a policy in one text', () => {
    const text = [
      readFixture('syncthing', 'go.mod'),
      '-----',
      readFixture('gin', 'go.sum'),
      readFixture('cri-o', 'vendor-modules.txt'),
      readFixture('gin', 'govulncheck.json'),
      '---',
      '# team policy\nallowed_modules:\n  - name: a\n',
    ].join('\n');
    const { inputs, diagnostics } = parseText(text, 'all.txt');
    expect(diagnostics).toEqual([]);
    expect(kinds(inputs)).toEqual(['go-mod', 'go-sum', 'vendor-modules', 'govulncheck', 'policy']);
  });
});

describe('parseText on bad input', () => {
  it('says so for empty text', () => {
    const { inputs, diagnostics } = parseText(' \n\t\n', 'x.txt');
    expect(inputs).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/^x\.txt is empty: expected the output of `go list -m -e -json all`/);
  });

  it('refuses a binary file without parsing it', () => {
    const { inputs, diagnostics } = parseText('PK\u0003\u0004\u0000\u0000garbage', 'x.zip');
    expect(inputs).toEqual([]);
    expect(diagnostics[0].message).toContain('binary file (NUL byte at offset 4)');
  });

  it('reports text that matches nothing once, with what was found and the accepted inputs', () => {
    const { inputs, diagnostics } = parseText('hello world, this is not Go output\nsecond line\n', 'notes.txt');
    expect(inputs).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'error', line: 1 });
    expect(diagnostics[0].message).toContain('found text starting "hello world, this is not Go output"');
    expect(diagnostics[0].message).toContain('`go mod graph`');
    expect(diagnostics[0].message).toContain('`govulncheck -json ./...`');
  });

  it('names the keys of JSON that is no Go output', () => {
    expect(parseText('{"name": "x", "version": "1"}', 'package.json').diagnostics[0].message).toContain('found JSON objects with keys "name", "version"');
  });

  it('keeps the good part of a bundle and warns about the rest', () => {
    const { inputs, diagnostics } = parseText('app a@v1.0.0\n-----\nsome notes\n', 't');
    expect(kinds(inputs)).toEqual(['go-mod-graph']);
    expect(diagnostics).toMatchObject([{ level: 'warning', line: 3 }]);
  });

  it('keeps complete objects of a truncated list -m and the graph after it', () => {
    const list = readFixture('gin', 'golist-m.json');
    const cut = list.slice(0, list.lastIndexOf('"Version"'));
    const { inputs, diagnostics } = parseText(`${cut}\n${readFixture('gin', 'modgraph.txt')}`, 't');
    expect(kinds(inputs)).toEqual(['go-list-m', 'go-mod-graph']);
    expect(inputs[0].kind === 'go-list-m' && inputs[0].modules.length).toBe(38);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toContain('truncated');
  });

  it('survives deeply nested JSON and a huge single line', () => {
    expect(parseText('['.repeat(100_000), 'deep').diagnostics.length).toBeGreaterThan(0);
    expect(parseText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'deep').inputs).toEqual([]);
    const huge = `app ${'a'.repeat(5_000_000)}@v1.0.0`;
    const { inputs } = parseText(huge, 'huge');
    expect(inputs[0].kind === 'go-mod-graph' && inputs[0].edges[0].to.length).toBe(5_000_000);
  });
});

describe('parseSources', () => {
  it('concatenates results and never trusts the file name', () => {
    const { inputs } = parseSources([
      { name: 'go.sum', text: readFixture('gin', 'modgraph.txt') },
      { name: 'graph.txt', text: readFixture('gin', 'go.sum') },
    ]);
    expect(inputs.map((i) => [i.source, i.kind])).toEqual([
      ['go.sum', 'go-mod-graph'],
      ['graph.txt', 'go-sum'],
    ]);
  });
});
