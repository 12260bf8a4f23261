import { describe, expect, it } from 'vitest';
import { detectParts, jsonKind } from './detect';
import { classifyLine } from './line-kind';
import { Diagnostics } from './text';

describe('classifyLine', () => {
  it.each([
    ['app a@v1.0.0', 'go-mod-graph'],
    ['a v1.0.0/go.mod h1:abc=', 'go-sum'],
    ['# github.com/a/b', 'go-mod-why'],
    ['(main module does not need module x)', 'go-mod-why'],
    ['# github.com/a/b v1.0.0 => ./dir', 'vendor-modules'],
    ['## explicit; go 1.17', 'vendor-modules'],
    ['module example.com/app', 'go-mod'],
    ['require (', 'go-mod'],
    ['allowed_modules:', 'policy'],
    ['------------------', 'separator'],
    ['// comment', 'neutral'],
    ['\tgithub.com/a v1.0.0 // indirect', 'other'],
  ])('%j is %s', (line, cls) => {
    expect(classifyLine(line)).toBe(cls);
  });
});

describe('jsonKind', () => {
  it('classifies objects by their keys', () => {
    expect([{ Path: 'a' }, { ImportPath: 'a' }, { osv: {} }, { SBOM: {} }, { allowed_modules: [] }, { x: 1 }, [1]].map(jsonKind)).toEqual([
      'go-list-m',
      'go-list-deps',
      'govulncheck',
      'govulncheck',
      'policy',
      'unknown',
      'unknown',
    ]);
  });
});

describe('detectParts', () => {
  it('splits back-to-back JSON streams of different kinds', () => {
    const text = '{"Path":"a"}\n{"Path":"b"}\n{"ImportPath":"p"}\n';
    const parts = detectParts(text, new Diagnostics(text, 't'));
    expect(parts.map((p) => [p.kind, p.start, p.end, p.pieces?.length])).toEqual([
      ['go-list-m', 0, 25, 2],
      ['go-list-deps', 26, 44, 1],
    ]);
  });

  it('keeps comment lines before a go.mod module line in the go.mod part', () => {
    const text = 'app a@v1.0.0\n// Deprecated: old\nmodule m\n';
    const parts = detectParts(text, new Diagnostics(text, 't'));
    expect(parts.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['go-mod-graph', 'app a@v1.0.0'],
      ['go-mod', '// Deprecated: old\nmodule m'],
    ]);
  });
});
