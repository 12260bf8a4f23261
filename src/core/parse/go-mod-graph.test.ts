import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoModGraph } from './go-mod-graph';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { edges: parseGoModGraph(wholeText(text), diags), diagnostics: diags.list };
}

const PSEUDO = /(^| )(go|toolchain)@/;

describe('parseGoModGraph on real output', () => {
  it.each([
    ['gin', 117, 116],
    ['gin/go1.19', 116, 116],
    ['syncthing', 527, 527 - 1],
  ])('%s: %i lines, %i module edges', (project, lines, kept) => {
    const text = readFixture(project, 'modgraph.txt');
    const all = text.split('\n').filter((l) => l !== '');
    expect(all).toHaveLength(lines);
    const { edges, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(edges).toHaveLength(all.filter((l) => !PSEUDO.test(l)).length);
    expect(edges).toHaveLength(kept);
    expect(edges.some((e) => e.to === 'go' || e.from === 'go' || e.to === 'toolchain')).toBe(false);
  });

  it('gives the main module an empty version', () => {
    const [first] = parse(readFixture('gin', 'modgraph.txt')).edges;
    expect(first).toEqual({ from: 'github.com/gin-gonic/gin', fromVersion: '', to: 'github.com/bytedance/sonic', toVersion: 'v1.9.1' });
  });
});

describe('parseGoModGraph on small cases', () => {
  it('drops go and toolchain edges, keeps CRLF lines', () => {
    const text = 'app a@v1.0.0\r\napp go@1.22.0\r\napp toolchain@go1.22.4\r\ngo@1.22.0 toolchain@go1.22.0\r\na@v1.0.0 b@v0.1.0\r\n';
    expect(parse(text).edges).toEqual([
      { from: 'app', fromVersion: '', to: 'a', toVersion: 'v1.0.0' },
      { from: 'a', fromVersion: 'v1.0.0', to: 'b', toVersion: 'v0.1.0' },
    ]);
  });

  it('reports a bad line by number and keeps the rest', () => {
    const { edges, diagnostics } = parse('app a@v1.0.0\nthis is not a graph line\napp b\n');
    expect(edges).toHaveLength(1);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'line 2: expected "<module> <module>@<version>", got "this is not a graph line": is this go mod graph output?',
      'line 3: expected "<module> <module>@<version>", got "app b": is this go mod graph output?',
    ]);
    expect(diagnostics[1]).toMatchObject({ line: 3, column: 1, offset: 38 });
  });
});
