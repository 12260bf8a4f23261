import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoListDeps } from './go-list-deps';
import { splitJsonStream } from './json-stream';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { ...parseGoListDeps(splitJsonStream(wholeText(text), diags).pieces, diags), diagnostics: diags.list };
}

describe('parseGoListDeps on real output', () => {
  it.each([
    ['gin', 246, 192, 16],
    ['gin/go1.19', 199, 145, 16],
    ['syncthing', 470, 222, 60],
    ['cri-o', 1654, 231, 223],
  ])('%s: %i packages, %i std, %i modules (main included)', (project, total, std, modules) => {
    const { packages, withTests, diagnostics } = parse(readFixture(project, 'golist-deps.json'));
    expect(diagnostics).toEqual([]);
    expect(packages).toHaveLength(total);
    expect(packages.filter((p) => p.standard)).toHaveLength(std);
    expect(new Set(packages.filter((p) => !p.standard && p.module).map((p) => p.module?.path)).size).toBe(modules);
    expect(withTests).toBe(false);
  });

  it('counts import edges as SOURCE.md does and keeps no Deps', () => {
    const { packages } = parse(readFixture('cri-o', 'golist-deps.json'));
    expect(packages.reduce((n, p) => n + p.imports.length, 0)).toBe(15158);
    expect(Object.keys(packages[0])).not.toContain('deps');
    expect(JSON.stringify(packages)).not.toContain('"Dir"');
  });

  it('detects the test variants of -test output', () => {
    const text = readFixture('gin', 'golist-deps-test.json');
    const { packages, withTests } = parse(text);
    expect(withTests).toBe(true);
    expect(packages).toHaveLength(text.match(/^\t"ImportPath": /gm)?.length ?? 0);
    expect(packages.filter((p) => p.forTest).length).toBe(text.match(/^\t"ForTest": /gm)?.length);
    expect(packages.some((p) => p.importPath === 'github.com/gin-gonic/gin.test')).toBe(true);
  });
});

describe('parseGoListDeps on small cases', () => {
  it('applies the std fallback when Standard is missing, and keeps errors', () => {
    const text = [
      '{"ImportPath":"fmt","Imports":["errors"]}',
      '{"ImportPath":"vendor/golang.org/x/net/dns/dnsmessage"}',
      '{"ImportPath":"example.com/x","Module":{"Path":"example.com","Main":true}}',
      '{"ImportPath":"nodot/pkg","Error":{"ImportStack":[],"Pos":"","Err":"cannot find package"}}',
      '{"ImportPath":"os [fmt.test]","ForTest":"fmt"}',
    ].join('\n');
    const { packages } = parse(text);
    expect(packages.map((p) => p.standard)).toEqual([true, true, false, false, true]);
    expect(packages[3].error).toBe('cannot find package');
    expect(packages[2].module).toEqual({ path: 'example.com', main: true });
  });
});
