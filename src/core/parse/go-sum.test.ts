import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoSum } from './go-sum';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { lines: parseGoSum(wholeText(text), diags), diagnostics: diags.list };
}

describe('parseGoSum', () => {
  it.each(['gin', 'syncthing', 'cri-o', 'committed-real/bearer'])('%s: one record per line', (project) => {
    const text = readFixture(project, 'go.sum');
    const { lines, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(lines).toHaveLength(text.split('\n').filter((l) => l.trim() !== '').length);
    expect(lines.filter((l) => l.goMod)).toHaveLength(text.match(/\/go\.mod h1:/g)?.length ?? 0);
  });

  it('splits the /go.mod suffix off the version and reports bad lines', () => {
    const { lines, diagnostics } = parse('a v1.0.0/go.mod h1:x=\na v1.0.0 h1:y=\nbroken\n');
    expect(lines).toEqual([
      { path: 'a', version: 'v1.0.0', goMod: true, hash: 'h1:x=' },
      { path: 'a', version: 'v1.0.0', goMod: false, hash: 'h1:y=' },
    ]);
    expect(diagnostics[0].message).toMatch(/^line 3: expected/);
  });
});
