import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFinder } from './text';

/** Every answer of a finder asked from increasing positions, beside indexOf's. */
function answers(text: string, needle: string, end: number, anchor: number, froms: number[]) {
  const find = makeFinder(text, needle, end, anchor);
  return froms.map((from) => {
    const expected = text.indexOf(needle, from);
    return { from, got: find(from), expected: expected >= end ? -1 : expected };
  });
}

describe('makeFinder', () => {
  it('answers as indexOf for every anchor, on a go list layout', () => {
    const text = '{\n\t"A": [\n\t\t"x"\n\t],\n\t"Deps": [\n\t\t"y"\n\t]\n}\n{\n\t]\n}\n';
    const froms = [0, 3, 9, 10, 20, 40, text.length];
    for (const needle of ['\n}', '\n\t]', '\n\t"Deps": [\n', '\n{'])
      for (let anchor = 0; anchor < needle.length; anchor++)
        for (const a of answers(text, needle, text.length, anchor, froms)) expect(a.got, `${JSON.stringify(needle)} anchor ${anchor} from ${a.from}`).toBe(a.expected);
  });

  it('finds nothing at or past end', () => {
    const text = 'a\n}b\n}';
    const find = makeFinder(text, '\n}', 4, 1);
    expect(find(0)).toBe(1);
    expect(find(2)).toBe(-1);
  });

  it('agrees with indexOf on random texts, needles, anchors and ends', () => {
    const alphabet = fc.constantFrom('\n', '\t', '}', ']', '"', 'D', 'a');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat({ max: 70 }), { maxLength: 8 }),
        (text, needle, anchorSeed, endSeed, froms) => {
          const anchor = anchorSeed % needle.length;
          const end = endSeed % (text.length + 1);
          for (const a of answers(text, needle, end, anchor, froms.sort((x, y) => x - y))) expect(a.got).toBe(a.expected);
        },
      ),
    );
  });
});
