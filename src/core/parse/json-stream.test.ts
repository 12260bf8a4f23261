import { describe, expect, it } from 'vitest';
import { splitJsonStream, scanValue } from './json-stream';
import { findJsonError } from './json-error';
import { Diagnostics, wholeText } from './text';

function split(text: string) {
  const diags = new Diagnostics(text, 'test');
  const run = splitJsonStream(wholeText(text), diags);
  return { values: run.pieces.map((p) => p.value), pieces: run.pieces, end: run.end, diagnostics: diags.list };
}

const goList = '{\n\t"Path": "a",\n\t"Main": true\n}\n{\n\t"Path": "b",\n\t"Version": "v1.0.0"\n}\n';

describe('splitJsonStream', () => {
  it('splits tab-indented concatenated objects with their offsets', () => {
    const { values, pieces, diagnostics } = split(goList);
    expect(values).toEqual([{ Path: 'a', Main: true }, { Path: 'b', Version: 'v1.0.0' }]);
    expect(pieces[1].offset).toBe(goList.indexOf('{', 1));
    expect(pieces[0].length).toBe(goList.indexOf('}') + 1);
    expect(diagnostics).toEqual([]);
  });

  it('accepts CRLF, a BOM, two-space indentation, compact objects and an array', () => {
    const expected = [{ Path: 'a', Main: true }, { Path: 'b', Version: 'v1.0.0' }];
    expect(split(goList.replace(/\n/g, '\r\n')).values).toEqual(expected);
    expect(split(`\ufeff${goList}`).values).toEqual(expected);
    expect(split(expected.map((o) => JSON.stringify(o, null, 2)).join('\n')).values).toEqual(expected);
    expect(split(expected.map((o) => JSON.stringify(o)).join('\n')).values).toEqual(expected);
    expect(split(expected.map((o) => JSON.stringify(o)).join(' ')).values).toEqual(expected);
    expect(split(JSON.stringify(expected, null, 2)).values).toEqual(expected);
    expect(split(JSON.stringify(expected)).values).toEqual(expected);
  });

  it('handles braces and escaped quotes inside strings', () => {
    const text = '{\n\t"Err": "x\\"}\\n{ y"\n}\n{"a": "}"}';
    expect(split(text).values).toEqual([{ Err: 'x"}\n{ y' }, { a: '}' }]);
  });

  it('reports a bad object with line, column, offset, expected and found, and resumes at the next one', () => {
    const text = '{\n\t"Path": "a"\n}\n{\n\t"Path" "b"\n}\n{\n\t"Path": "c"\n}\n';
    const { values, diagnostics } = split(text);
    expect(values).toEqual([{ Path: 'a' }, { Path: 'c' }]);
    expect(diagnostics).toHaveLength(1);
    const offset = text.indexOf('"b"');
    expect(diagnostics[0]).toMatchObject({ level: 'error', source: 'test', line: 5, column: 9, offset });
    expect(diagnostics[0].message).toBe(`line 5, column 9 (offset ${offset}): expected ':' after a property name, found "\\"b\\""; skipped the JSON value that starts on line 4`);
  });

  it('keeps every complete object of a truncated stream and reports where it stops', () => {
    const text = `${goList}{\n\t"Path": "c",\n\t"Vers`;
    const { values, diagnostics } = split(text);
    expect(values).toHaveLength(2);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 11, column: 7, offset: text.length });
    expect(diagnostics[0].message).toContain('starts on line 9');
    expect(diagnostics[0].message).toContain('truncated');
  });

  it('resumes after an object cut short by the start of the next one', () => {
    const text = '{\n\t"Path": "a",\n\t"Ver\n{\n\t"Path": "b"\n}\n';
    const { values, diagnostics } = split(text);
    expect(values).toEqual([{ Path: 'b' }]);
    expect(diagnostics[0]).toMatchObject({ line: 4, offset: text.indexOf('\n{') + 1 });
  });

  it('keeps the good elements of an array with a bad one', () => {
    const { values, diagnostics } = split('[\n  {"Path": "a"},\n  {"Path": },\n  {"Path": "c"}\n]');
    expect(values).toEqual([{ Path: 'a' }, { Path: 'c' }]);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 12 });
  });

  it('never throws on 100k nested brackets, closed or not', () => {
    const open = '['.repeat(100_000);
    expect(split(open).diagnostics[0].message).toContain('truncated');
    const closed = split(open + ']'.repeat(100_000));
    expect(closed.values.length + closed.diagnostics.length).toBe(1);
  });

  it('reads a single huge line', () => {
    const big = { Path: 'x'.repeat(2_000_000), Imports: Array.from({ length: 50_000 }, (_, i) => `p${i}`) };
    expect(split(JSON.stringify(big)).values).toEqual([big]);
  });

  it('stops at text that does not start a value', () => {
    const text = `${goList}-----\na b@v1\n`;
    expect(split(text).end).toBe(text.indexOf('-----'));
  });
});

describe('scanValue', () => {
  it('finds the end of a value, skipping strings', () => {
    expect(scanValue('{"a":"}"} x', 0, 11)).toEqual({ end: 9, complete: true });
    expect(scanValue('{"a":[1,', 0, 8)).toEqual({ end: 8, complete: false });
  });
});

describe('findJsonError', () => {
  it.each([
    ['{"a":1,}', 7, 'a double-quoted property name', '"}"'],
    ['{"a":tru}', 5, 'a value (object, array, string, number, true, false or null)', '"tru}"'],
    ['{"a":1', 6, "',' or '}' after a property value", 'the end of the text'],
    ['["x\ny"]', 3, 'a closing \'"\' (control characters must be escaped)', 'a line break'],
    ['[1] 2', 4, 'the end of the value', '"2"'],
  ])('%j', (text, offset, expected, found) => {
    expect(findJsonError(text, 0, text.length)).toEqual({ offset, expected, found });
  });

  it('accepts valid JSON', () => {
    expect(findJsonError('{"a":[1,-2.5e3,true,null,{"b":"\\u00e9"}]}', 0, 41)).toBeNull();
  });
});
