import { describe, expect, it } from 'vitest';
import { formatSize, MAX_DIAGNOSTICS_PER_INPUT, MAX_LINE_CHARS, PARSE_LIMITS, tooLargeMessage } from './limits';
import { parseText } from './parse-text';
import { Diagnostics } from './text';

const limited = (text: string, limits: Partial<typeof PARSE_LIMITS>) => parseText(text, 'in', { ...PARSE_LIMITS, ...limits });

describe('formatSize and tooLargeMessage', () => {
  it('states sizes the way the messages use them', () => {
    expect([812, 3.4 * 1024, 512 * 1024 ** 2, 1024 ** 3].map(formatSize)).toEqual(['812 B', '3.4 KB', '512 MB', '1.0 GB']);
  });

  it('names the file, its size, the limit and a way out', () => {
    expect(tooLargeMessage('deps.json', 1024 ** 3)).toBe(
      'deps.json is 1.0 GB; gotopo reads at most 512 MB per file: split it, or make it smaller (go list -json=ImportPath,Module,Imports,... prints only the fields gotopo reads)',
    );
  });
});

describe('parseText size guards', () => {
  it('refuses a text over the size limit without reading it', () => {
    // A NUL would be reported if the text were read at all.
    const { inputs, diagnostics } = limited('a b@v1\n\0'.repeat(20), { maxSourceChars: 100 });
    expect(inputs).toEqual([]);
    expect(diagnostics).toEqual([{ level: 'error', source: 'in', message: tooLargeMessage('in', 160, 100) }]);
  });

  it('skips and reports a line over MAX_LINE_CHARS, and reads the lines around it', () => {
    const text = `a b@v1\n${'x'.repeat(MAX_LINE_CHARS + 1)}\nc d@v2\n`;
    const { inputs, diagnostics } = parseText(text, 'in');
    expect(inputs.flatMap((i) => (i.kind === 'go-mod-graph' ? i.edges.map((e) => e.from) : []))).toEqual(['a', 'c']);
    expect(diagnostics).toMatchObject([{ level: 'error', line: 2, message: expect.stringContaining(`this line is ${formatSize(MAX_LINE_CHARS + 1)} long; gotopo reads lines of at most ${formatSize(MAX_LINE_CHARS)}`) }]);
  });

  it('reports a single huge line that is not JSON, once', () => {
    const { inputs, diagnostics } = parseText('x '.repeat(MAX_LINE_CHARS), 'in');
    expect(inputs).toEqual([]);
    expect(diagnostics).toMatchObject([{ line: 1, message: expect.stringContaining(`this line is ${formatSize(2 * MAX_LINE_CHARS)} long`) }]);
  });

  it('keeps maxRecords lines of a line format and states how many there were', () => {
    const { inputs, diagnostics } = limited('a b@v1\n'.repeat(5), { maxRecords: 3 });
    expect(inputs).toMatchObject([{ kind: 'go-mod-graph', edges: [{}, {}, {}] }]);
    expect(diagnostics).toMatchObject([{ level: 'error', line: 4, message: 'line 4: this input has 5 lines; gotopo reads at most 3 lines per input: read the first 3 and skipped the rest from here' }]);
  });

  it('keeps maxRecords JSON values of a stream, and of one array', () => {
    const stream = limited('{"Path":"a"}\n'.repeat(5), { maxRecords: 3 });
    expect(stream.inputs).toMatchObject([{ kind: 'go-list-m', modules: [{}, {}, {}] }]);
    expect(stream.diagnostics).toMatchObject([{ line: 4, message: expect.stringContaining('found more than 3 JSON values; gotopo reads at most 3 per input: kept the first 3 and skipped the rest of the text') }]);
    const array = limited(JSON.stringify(Array(5).fill({ Path: 'a' })), { maxRecords: 3 });
    expect(array.inputs).toMatchObject([{ kind: 'go-list-m', modules: [{}, {}, {}] }]);
    expect(array.diagnostics).toMatchObject([{ message: expect.stringContaining('found 5 JSON values; gotopo reads at most 3 per input: kept the first 3 and skipped the others') }]);
  });
});

describe('the diagnostics cap', () => {
  it('lists max positioned problems, then counts the rest at the first one left out, at the worst level', () => {
    const diags = new Diagnostics('a\nb\nc\nd\n', 's', 2);
    diags.at('warning', 0, 'one');
    diags.atLine('warning', 2, 'two');
    diags.atLine('info', 4, 'three');
    diags.at('error', 6, 'four');
    diags.general('error', 'whole file');
    expect(diags.list).toEqual([
      { level: 'warning', source: 's', line: 1, column: 1, offset: 0, message: 'line 1, column 1 (offset 0): one' },
      { level: 'warning', source: 's', line: 2, column: 1, offset: 2, message: 'line 2: two' },
      { level: 'error', source: 's', message: 'whole file' },
      { level: 'error', source: 's', line: 3, column: 1, offset: 4, message: '... and 2 more problems like these were not listed (gotopo lists 2 per file); the first of them is on line 3' },
    ]);
  });

  it(`caps a text of 300,000 bad values at ${MAX_DIAGNOSTICS_PER_INPUT} and a count`, () => {
    const { diagnostics } = parseText('[' + '{x},'.repeat(300_000), 'in');
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_INPUT + 1);
    // One per bad element, and one for the missing `]`.
    expect(diagnostics.at(-1)?.message).toMatch(/^\.\.\. and 299,801 more problems like these were not listed/);
  });
});
