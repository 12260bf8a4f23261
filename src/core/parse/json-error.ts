// Locates the first syntax error in a JSON value and says what was expected
// there. Engines word JSON.parse errors differently (and some give no
// position), so the message users see comes from here. Runs only on failure.

/** Where a JSON text first goes wrong, what was expected and what was found. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
  found: string;
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPES = '"\\/bfnrtu';

/** The first syntax error in text[start, end), or null when it is one valid JSON value. */
export function findJsonError(text: string, start: number, end: number): JsonSyntaxError | null {
  // An explicit stack: 100k nested brackets must not overflow the call stack.
  const stack: number[] = [];
  let state: State = 'value';
  let i = start;
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected, found: describe(text, i, end) });
  for (;;) {
    while (i < end && /\s/.test(text[i])) i++;
    const c = text[i];
    if (state === 'after') {
      if (stack.length === 0) return i >= end ? null : fail('the end of the value');
      const close = stack[stack.length - 1] === 123 ? '}' : ']';
      if (c === ',') {
        state = close === '}' ? 'key' : 'value';
        i++;
      } else if (c === close) {
        stack.pop();
        i++;
      } else return fail(close === '}' ? "',' or '}' after a property value" : "',' or ']' after an array element");
    } else if (state === 'colon') {
      if (c !== ':') return fail("':' after a property name");
      state = 'value';
      i++;
    } else if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === '}') {
        stack.pop();
        state = 'after';
        i++;
      } else if (c === '"') {
        const stop = scanString(text, i, end);
        if (typeof stop !== 'number') return stop;
        state = 'colon';
        i = stop;
      } else return fail('a double-quoted property name');
    } else if (state === 'value-or-close' && c === ']') {
      stack.pop();
      state = 'after';
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c.charCodeAt(0));
      state = c === '{' ? 'key-or-close' : 'value-or-close';
      i++;
    } else if (c === '"') {
      const stop = scanString(text, i, end);
      if (typeof stop !== 'number') return stop;
      state = 'after';
      i = stop;
    } else {
      LITERAL.lastIndex = i;
      const m = i < end ? LITERAL.exec(text) : null;
      if (!m || i + m[0].length > end) return fail('a value (object, array, string, number, true, false or null)');
      state = 'after';
      i += m[0].length;
    }
  }
}

/** The end of the string literal that opens at start, or the error inside it. */
function scanString(text: string, start: number, end: number): number | JsonSyntaxError {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 32) return { offset: i, expected: 'a closing \'"\' (control characters must be escaped)', found: describe(text, i, end) };
    if (c === 92) {
      if (!ESCAPES.includes(text[i + 1] ?? '')) return { offset: i, expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', found: describe(text, i, end) };
      i++;
    }
  }
  return { offset: end, expected: 'a closing \'"\'', found: 'the end of the text' };
}

function describe(text: string, i: number, end: number): string {
  if (i >= end) return 'the end of the text';
  const excerpt = text.slice(i, Math.min(end, i + 20)).split(/\r?\n/)[0];
  return excerpt === '' ? 'a line break' : JSON.stringify(excerpt);
}
