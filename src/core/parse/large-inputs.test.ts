// Inputs that used to overflow the stack or take quadratic time. Sizes are
// chosen so the old code took seconds to minutes; they assert what was read,
// and vitest's timeout catches a regression to quadratic time.
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS_PER_INPUT } from './limits';
import { parseSources, parseText } from './parse-text';

const modulesOf = (text: string) => parseText(text, 'in').inputs.flatMap((i) => (i.kind === 'go-list-m' ? i.modules : []));

describe('no argument spreading of huge arrays', () => {
  it('concatenates 130,000 diagnostics of one source in parseSources', () => {
    const { diagnostics } = parseSources([{ name: 'g', text: '{\n'.repeat(130_000) }]);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_INPUT + 1);
  });

  it('reads 130,000 alternating line parts', () => {
    const { inputs, diagnostics } = parseText('a b@v1\n# x\n'.repeat(65_000), 'g');
    expect(diagnostics).toEqual([]);
    expect(inputs).toHaveLength(130_000);
    expect(inputs.at(-1)).toMatchObject({ kind: 'go-mod-why', source: 'g#130000', entries: [{ module: 'x' }] });
  });
});

describe('linear time', () => {
  it('reads 200,000 lines opening JSON between other lines (each search for a closer scanned to the end)', () => {
    const { inputs, diagnostics } = parseText('{\n"\n'.repeat(200_000), 'in');
    expect(inputs).toEqual([]);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_INPUT + 1);
    expect(diagnostics[0].message).toContain('expected the JSON value that starts on line 1 to be closed');
  });

  it('reads objects concatenated on one line (each looked for the line end and parsed the rest of it)', () => {
    expect(modulesOf('{"Path":"a"}'.repeat(200_000))).toHaveLength(200_000);
    const empty = parseText('{}'.repeat(300_000), 'in');
    expect(empty.diagnostics).toMatchObject([{ message: expect.stringContaining('found JSON empty objects') }]);
  });

  it('tries a far closer once for a run of broken objects (each parsed up to it)', () => {
    const text = '{"a":\n'.repeat(20_000) + '}\n{"Path":"b"}\n';
    expect(modulesOf(text)).toEqual([{ path: 'b' }]);
  });

  it('reads a go.mod with 100,000 comment lines (each copied the comments before it)', () => {
    const { inputs } = parseText(`module m\n${'// c\n'.repeat(100_000)}go 1.22\n`, 'go.mod');
    expect(inputs).toMatchObject([{ kind: 'go-mod', goMod: { module: 'm', go: '1.22' } }]);
  });
});
