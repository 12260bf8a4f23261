// Property-based fuzzing of the parsers (DESIGN §9: inputs of any shape never
// crash): random and mutated real inputs must give a well-formed result, and
// line ends, a BOM, a split or a cut must not change what was read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, checkDiagnostics, FUZZ_OPTIONS, FUZZ_SEEDS, FUZZ_TIMEOUT, mutatedText, randomText } from '../test-support/fuzz';
import { parseSources, parseText } from './index';
import type { InputKind, ParsedInput, ParseResult } from './types';

const SOURCE = 'pasted text';

/** Throws unless the result of parseText(text) is well-formed (see checkDiagnostics). */
function checkResult(result: ParseResult, text: string): void {
  check(Array.isArray(result.inputs), 'inputs is not an array');
  for (const { source, offset, length } of result.inputs) {
    check(source.startsWith(SOURCE), `input named ${source}`);
    check(offset >= 0 && length >= 0 && offset + length <= text.length, `input at [${offset}, ${offset + length}) is outside the text`);
  }
  checkDiagnostics(result.diagnostics, (source) => (source === SOURCE ? text : undefined));
}

function parseChecked(text: string): ParseResult {
  const result = parseText(text, SOURCE);
  checkResult(result, text);
  return result;
}

// What was read, without where it was: offsets move when line ends or a BOM are added.
const records = (inputs: ParsedInput[]) => inputs.map(({ offset: _o, length: _l, ...rest }) => rest);

describe('parseText on random text', () => {
  it('returns a well-formed result', () => fc.assert(fc.property(randomText, (text) => void parseChecked(text)), FUZZ_OPTIONS), FUZZ_TIMEOUT);
});

describe.each(Object.keys(FUZZ_SEEDS) as InputKind[])('parseText on mutated %s', (kind) => {
  const seeds = FUZZ_SEEDS[kind];

  it('reads each seed as its kind, cleanly', () => {
    for (const seed of seeds) expect(parseChecked(seed)).toMatchObject({ inputs: [{ kind }], diagnostics: [] });
  });

  it('returns a well-formed result', () => fc.assert(fc.property(mutatedText(seeds), (text) => void parseChecked(text)), FUZZ_OPTIONS), FUZZ_TIMEOUT);

  it('reads the same records with any mix of CRLF line ends and a BOM', () => {
    const expected = new Map(seeds.map((seed) => [seed, records(parseText(seed, SOURCE).inputs)]));
    const variant = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.boolean(), { maxLength: 64 }), fc.boolean());
    fc.assert(
      fc.property(variant, ([seed, crlf, bom]) => {
        // Line i gets CRLF when crlf[i % crlf.length]: runs of both kinds, mixed.
        let i = 0;
        const converted = (bom ? '\ufeff' : '') + seed.replace(/\n/g, () => (crlf.length > 0 && crlf[i++ % crlf.length] ? '\r\n' : '\n'));
        expect(records(parseChecked(converted).inputs)).toEqual(expected.get(seed));
      }),
      FUZZ_OPTIONS,
    );
  }, FUZZ_TIMEOUT);
});

describe('go mod graph', () => {
  const lines = FUZZ_SEEDS['go-mod-graph'].flatMap((seed) => seed.split('\n').filter((l) => l !== ''));
  const edgesOf = (text: string) => parseChecked(text).inputs.flatMap((i) => (i.kind === 'go-mod-graph' ? i.edges : []));

  it('reads a text split at a line boundary as the whole', () => {
    const split = fc.subarray(lines, { minLength: 2 }).chain((some) => fc.tuple(fc.constant(some), fc.integer({ min: 1, max: some.length - 1 })));
    fc.assert(
      fc.property(split, ([some, cut]) => {
        const head = some.slice(0, cut).join('\n') + '\n';
        const tail = some.slice(cut).join('\n') + '\n';
        expect([...edgesOf(head), ...edgesOf(tail)]).toEqual(edgesOf(head + tail));
      }),
      FUZZ_OPTIONS,
    );
  }, FUZZ_TIMEOUT);
});

describe('go list -m -json', () => {
  const stream = FUZZ_SEEDS['go-list-m'][0];

  it('keeps every complete object before a cut', () => {
    fc.assert(
      fc.property(fc.nat(stream.length), (cut) => {
        const text = stream.slice(0, cut);
        const closed = text.split('\n}\n').length - 1;
        const modules = parseChecked(text).inputs.flatMap((i) => (i.kind === 'go-list-m' ? i.modules : []));
        expect(modules.length).toBeGreaterThanOrEqual(closed - 1);
      }),
      FUZZ_OPTIONS,
    );
  }, FUZZ_TIMEOUT);
});

// Past V8's argument limit, where `push(...many)` throws a RangeError: from ~125k
// arguments on Node's main thread and in a browser worker, more in vitest's workers.
const MANY = 600_000;

describe('large inputs', () => {
  it(`reads a text of ${MANY} alternating parts`, () => {
    parseChecked('a b@v1\n# x\n'.repeat(MANY / 2));
  });

  it(`reports ${MANY} broken values through parseSources`, () => {
    const text = '{\n'.repeat(MANY);
    checkResult(parseSources([{ name: SOURCE, text }]), text);
  });
});
