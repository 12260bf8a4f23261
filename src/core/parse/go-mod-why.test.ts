import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoModWhy } from './go-mod-why';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { entries: parseGoModWhy(wholeText(text), diags), diagnostics: diags.list };
}

describe('parseGoModWhy on real output', () => {
  it.each(['gin', 'syncthing', 'syncthing-untidy'])('%s: one stanza per module of go list -m', (project) => {
    const text = readFixture(project, 'gomodwhy.txt');
    const { entries, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const listed = readFixture(project, 'golist-m.json').match(/^\t"Path": /gm)?.length;
    expect(entries).toHaveLength(listed ?? -1);
    expect(entries.filter((e) => !e.needed)).toHaveLength(text.match(/^\(main module does not need module /gm)?.length ?? 0);
  });

  it('answers for the unused requirement of syncthing-untidy', () => {
    const { entries } = parse(readFixture('syncthing-untidy', 'gomodwhy.txt'));
    expect(entries.find((e) => e.module === 'github.com/jpillora/backoff')).toEqual({ module: 'github.com/jpillora/backoff', needed: false, packages: [] });
  });
});

describe('parseGoModWhy on small cases', () => {
  it('reads package paths, test paths and both "does not need" wordings', () => {
    const text = '# a\nexample.com/app\nexample.com/app.test\na/pkg\n\n# b\n(main module does not need module b)\n\n# c\n(main module does not need to vendor module c)\n';
    expect(parse(text).entries).toEqual([
      { module: 'a', needed: true, packages: ['example.com/app', 'example.com/app.test', 'a/pkg'] },
      { module: 'b', needed: false, packages: [] },
      { module: 'c', needed: false, packages: [] },
    ]);
  });

  it('reports lines outside a stanza', () => {
    expect(parse('stray line here\n# a\n').diagnostics[0].message).toMatch(/^line 1: expected "# <module>"/);
  });
});
