import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoMod, tokenize } from './go-mod';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'go.mod');
  return { goMod: parseGoMod(wholeText(text), diags), diagnostics: diags.list };
}

// Independent count: lines in require blocks plus single-line requires.
function countRequires(text: string): { all: number; indirect: number } {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (/^require \($/.test(line)) inBlock = true;
    else if (inBlock && line.trim() === ')') inBlock = false;
    else if (inBlock && line.trim() !== '' && !line.trim().startsWith('//')) lines.push(line);
    else if (/^require [^(]/.test(line)) lines.push(line);
  }
  return { all: lines.length, indirect: lines.filter((l) => /\/\/ indirect\s*$/.test(l)).length };
}

describe('parseGoMod on real files', () => {
  it.each(['gin', 'syncthing', 'syncthing-untidy', 'cri-o', 'committed-real/bearer', 'committed-real/fortigate_exporter'])('%s', (project) => {
    const text = readFixture(project, 'go.mod');
    const { goMod, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const expected = countRequires(text);
    expect(goMod.requires).toHaveLength(expected.all);
    expect(goMod.requires.filter((r) => r.indirect)).toHaveLength(expected.indirect);
    expect(goMod.module).toBe(/^module (\S+)/m.exec(text)?.[1]);
    expect(goMod.go).toBe(/^go (\S+)/m.exec(text)?.[1]);
  });

  it('reads the syncthing replace and the untidy marks', () => {
    expect(parse(readFixture('syncthing', 'go.mod')).goMod.replaces).toEqual([
      { oldPath: 'github.com/gobwas/glob', oldVersion: 'v0.2.3', newPath: 'github.com/calmh/glob', newVersion: 'v0.0.0-20220615080505-1d823af5017b' },
    ]);
    const untidy = parse(readFixture('syncthing-untidy', 'go.mod')).goMod.requires;
    expect(untidy.find((r) => r.path === 'github.com/julienschmidt/httprouter')?.indirect).toBe(true);
    expect(untidy.find((r) => r.path === 'github.com/golang/snappy')?.indirect).toBe(false);
    expect(untidy.some((r) => r.path === 'github.com/jpillora/backoff')).toBe(true);
  });
});

describe('parseGoMod on small cases', () => {
  it('reads every directive and the modfile indirect rule', () => {
    const text = [
      '// Deprecated: use example.com/app/v2 instead.',
      'module "example.com/app"',
      '',
      'go 1.22.0',
      'toolchain go1.22.4',
      'require a v1.0.0 // indirect',
      'require (',
      '\tb v1.0.0 // indirect; for tests',
      '\tc v1.0.0 // indirectly used',
      '\td v1.0.0 //indirect',
      ')',
      'replace e => ../local dir',
      'replace (',
      '\tf v1.0.0 => g v1.1.0',
      '\th => ./h',
      ')',
      'exclude i v1.2.0',
      'retract [v1.0.0, v1.0.5] // bad',
      'retract (',
      '\tv1.1.0',
      ')',
      'tool golang.org/x/tools/cmd/stringer',
      'godebug default=go1.21',
    ].join('\n');
    const { goMod, diagnostics } = parse(text.replace('../local dir', '"../local dir"'));
    expect(diagnostics).toEqual([]);
    expect(goMod).toEqual({
      module: 'example.com/app',
      go: '1.22.0',
      toolchain: 'go1.22.4',
      deprecated: 'use example.com/app/v2 instead.',
      requires: [
        { path: 'a', version: 'v1.0.0', indirect: true },
        { path: 'b', version: 'v1.0.0', indirect: true },
        { path: 'c', version: 'v1.0.0', indirect: false },
        { path: 'd', version: 'v1.0.0', indirect: true },
      ],
      replaces: [
        { oldPath: 'e', newPath: '../local dir' },
        { oldPath: 'f', oldVersion: 'v1.0.0', newPath: 'g', newVersion: 'v1.1.0' },
        { oldPath: 'h', newPath: './h' },
      ],
      excludes: [{ path: 'i', version: 'v1.2.0' }],
      retracts: ['[v1.0.0, v1.0.5]', 'v1.1.0'],
      tools: ['golang.org/x/tools/cmd/stringer'],
    });
  });

  it('reports unknown directives and malformed lines', () => {
    const { diagnostics } = parse('module m\nfrobnicate x\nrequire a\n');
    expect(diagnostics.map((d) => d.line)).toEqual([2, 3]);
    expect(diagnostics[1].message).toBe('line 3: expected "require <module> <version>", got "require a"');
  });

  it('tokenizes quotes, brackets and comments', () => {
    expect(tokenize('retract [v1.0.0,v1.0.5] // why')).toEqual({ tokens: ['retract', '[', 'v1.0.0', ',', 'v1.0.5', ']'], comment: ' why' });
    expect(tokenize('replace a=>`b c`')).toEqual({ tokens: ['replace', 'a', '=>', 'b c'] });
  });
});
