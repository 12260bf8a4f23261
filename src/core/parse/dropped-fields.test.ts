import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { depsCutter } from './dropped-fields';
import { splitJsonStream } from './json-stream';
import { Diagnostics, wholeText } from './text';

const deps = '\t"Deps": [\n\t\t"errors",\n\t\t"fmt"\n\t]';
const object = (...fields: string[]) => `{\n${fields.join(',\n')}\n}`;

/** Every object of a go list stream, cut, in order. */
function cutAll(text: string): (string | null)[] {
  const cutter = depsCutter(text, text.length);
  const out: (string | null)[] = [];
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('\n{', start) + 1 || -1) {
    const stop = text.indexOf('\n}', start) + 2;
    out.push(cutter(start, stop));
  }
  return out;
}

describe('depsCutter', () => {
  it('cuts a Deps field in the middle with the comma after it', () => {
    const text = object('\t"ImportPath": "a"', deps, '\t"Imports": [\n\t\t"fmt"\n\t]');
    const [cut] = cutAll(text);
    expect(JSON.parse(cut!)).toEqual({ ImportPath: 'a', Imports: ['fmt'] });
  });

  it('cuts a last Deps field with the comma before it', () => {
    const text = object('\t"ImportPath": "a"', '\t"Imports": [\n\t\t"fmt"\n\t]', deps);
    const [cut] = cutAll(text);
    expect(JSON.parse(cut!)).toEqual({ ImportPath: 'a', Imports: ['fmt'] });
  });

  it('cuts the Deps of each object of a stream, and leaves objects without one alone', () => {
    const text = [object('\t"ImportPath": "a"', deps), object('\t"ImportPath": "b"'), object(deps, '\t"ImportPath": "c"')].join('\n');
    const cuts = cutAll(text);
    expect(cuts[1]).toBeNull();
    expect(JSON.parse(cuts[0]!)).toEqual({ ImportPath: 'a' });
    expect(JSON.parse(cuts[2]!)).toEqual({ ImportPath: 'c' });
  });

  it('leaves other layouts to the whole parse: one-line arrays, CRLF, nested Deps', () => {
    expect(cutAll(object('\t"ImportPath": "a"', '\t"Deps": []'))).toEqual([null]);
    expect(cutAll(object('\t"ImportPath": "a"', deps).replace(/\n/g, '\r\n'))).toEqual([null]);
    expect(cutAll(object('\t"Module": {\n\t\t"Deps": [\n\t\t\t"x"\n\t\t]\n\t}'))).toEqual([null]);
  });

  it('never joins an object cut short inside its Deps with the next one', () => {
    const text = `{\n\t"ImportPath": "a",\n\t"Deps": [\n\t\t"errors",\n${object('\t"ImportPath": "b"', deps)}`;
    const cutter = depsCutter(text, text.length);
    expect(cutter(0, text.lastIndexOf('\n}') + 2)).toBeNull();
  });
});

describe('splitJsonStream drops Deps without moving anything', () => {
  it('cri-o: every package parsed, Deps gone, offsets and lengths those of the whole objects', () => {
    const text = readFixture('cri-o', 'golist-deps.json');
    const diags = new Diagnostics(text, 'test');
    const { pieces } = splitJsonStream(wholeText(text), diags);
    expect(diags.list).toEqual([]);
    expect(pieces).toHaveLength(text.match(/^\t"ImportPath": /gm)?.length ?? 0);
    for (const piece of pieces.slice(0, 50)) {
      const whole = JSON.parse(text.slice(piece.offset, piece.offset + piece.length)) as Record<string, unknown>;
      const { Deps: _dropped, ...kept } = whole;
      expect(piece.value).toEqual(kept);
    }
    expect(pieces.some((p) => 'Deps' in (p.value as object))).toBe(false);
  });

  it('keeps a package whose only broken field is its Deps (no parser reads it)', () => {
    const good = object('\t"ImportPath": "a"', deps);
    const broken = object('\t"ImportPath": "b"', '\t"Deps": [\n\t\t"errors"\n\t\t"fmt"\n\t]');
    const text = `${good}\n${broken}\n${good}\n`;
    const diags = new Diagnostics(text, 'test');
    const { pieces } = splitJsonStream(wholeText(text), diags);
    expect(pieces.map((p) => (p.value as { ImportPath: string }).ImportPath)).toEqual(['a', 'b', 'a']);
    expect(diags.list).toEqual([]);
  });
});
