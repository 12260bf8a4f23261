import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGoListM } from './go-list-m';
import { splitJsonStream } from './json-stream';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  const modules = parseGoListM(splitJsonStream(wholeText(text), diags).pieces, diags);
  return { modules, diagnostics: diags.list };
}

describe('parseGoListM on real output', () => {
  it.each([
    ['gin', 'golist-m.json', 39, 26, 0],
    ['gin', 'golist-m-cold.json', 39, 26, 0],
    ['gin/go1.19', 'golist-m.json', 39, 26, 0],
    ['syncthing', 'golist-m.json', 129, 85, 1],
    ['syncthing', 'golist-m-cold.json', 129, 85, 1],
  ])('%s/%s: %i modules, %i indirect, %i replaced', (project, file, total, indirect, replaced) => {
    const { modules, diagnostics } = parse(readFixture(project, file));
    expect(diagnostics).toEqual([]);
    expect(modules).toHaveLength(total);
    expect(modules.filter((m) => m.indirect)).toHaveLength(indirect);
    expect(modules.filter((m) => m.replace)).toHaveLength(replaced);
    expect(modules[0]).toMatchObject({ main: true });
    expect(modules.filter((m) => m.main)).toHaveLength(1);
  });

  it('keeps the syncthing replacement and drops Dir, GoMod, Sum', () => {
    const glob = parse(readFixture('syncthing', 'golist-m.json')).modules.find((m) => m.path === 'github.com/gobwas/glob');
    expect(glob).toEqual({
      path: 'github.com/gobwas/glob',
      version: 'v0.2.3',
      replace: { path: 'github.com/calmh/glob', version: 'v0.0.0-20220615080505-1d823af5017b' },
    });
  });

  it('reads -u output: 27 updates and 1 deprecation in gin, 81 updates in syncthing', () => {
    const gin = parse(readFixture('gin', 'golist-m-u.json')).modules;
    expect(gin.filter((m) => m.update)).toHaveLength(27);
    expect(gin.filter((m) => m.deprecated).map((m) => m.path)).toEqual(['github.com/golang/protobuf']);
    expect(parse(readFixture('syncthing', 'golist-m-u.json')).modules.filter((m) => m.update)).toHaveLength(81);
  });
});

describe('parseGoListM on small cases', () => {
  it('keeps Error objects printed by -e, retractions and directory replacements', () => {
    const text = [
      '{"Path":"example.com/unknown","Error":{"Err":"module example.com/unknown: not a known dependency"}}',
      '{"Path":"github.com/acme/color","Version":"v1.1.0","Replace":{"Path":"./third_party/color","Dir":"/x"},"Indirect":true}',
      '{"Path":"github.com/acme/log","Version":"v1.2.0","Time":"2023-09-01T00:00:00Z","Update":{"Path":"github.com/acme/log","Version":"v1.3.0"},"Retracted":["Info could deadlock"]}',
    ].join('\n');
    expect(parse(text).modules).toEqual([
      { path: 'example.com/unknown', error: 'module example.com/unknown: not a known dependency' },
      { path: 'github.com/acme/color', version: 'v1.1.0', indirect: true, replace: { path: './third_party/color' } },
      { path: 'github.com/acme/log', version: 'v1.2.0', time: '2023-09-01T00:00:00Z', update: { version: 'v1.3.0' }, retracted: ['Info could deadlock'] },
    ]);
  });

  it('reports an object without a Path', () => {
    const { modules, diagnostics } = parse('{"Path":"a"}\n{"Version":"v1.0.0"}\n');
    expect(modules).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'error', line: 2 });
  });
});
