// Splits a stream of concatenated JSON values (go list -json, govulncheck
// -json), or an array of them, into parsed objects. Fast path (DESIGN §2):
// go list and govulncheck close each top-level object with a brace at the
// start of a line, so cut there and JSON.parse the piece; a piece that fails
// goes to a string-aware scanner, and only that piece pays per-character work.
import { findJsonError } from './json-error';
import { makeFinder, skipWhitespace, type Diagnostics, type Span } from './text';

/** One top-level value (or one element of a top-level array) and where it came from. */
export interface JsonPiece {
  value: unknown;
  offset: number;
  length: number;
}

/** The values read from a span, and where reading stopped (text that does not start a value). */
export interface JsonRun {
  pieces: JsonPiece[];
  end: number;
}

const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;

/** Reads consecutive JSON values from span.start; bad values become diagnostics and reading resumes after them. */
export function splitJsonStream(span: Span, diags: Diagnostics): JsonRun {
  const { text, end } = span;
  const nextObjectClose = makeFinder(text, '\n}', end);
  const nextArrayClose = makeFinder(text, '\n]', end);
  const pieces: JsonPiece[] = [];
  let pos = skipWhitespace(text, span.start, end);
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) break;
    const close = (c === OPEN_OBJECT ? nextObjectClose : nextArrayClose)(pos);
    const stop = readFast(text, pos, end, close, pieces) ?? readSlow(text, pos, end, pieces, diags);
    pos = skipWhitespace(text, stop, end);
  }
  return { pieces, end: pos };
}

/** Tries the value on its own line, then up to the next line-start closer; null when neither parses. */
function readFast(text: string, start: number, end: number, close: number, out: JsonPiece[]): number | null {
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  const last = lastNonSpace(text, start, lineEnd);
  const closer = text.charCodeAt(start) + 2; // '{'+2 = '}', '['+2 = ']'
  if (text.charCodeAt(last) === closer && tryPush(text, start, last + 1, out)) return last + 1;
  if (close >= 0 && tryPush(text, start, close + 2, out)) return close + 2;
  return null;
}

function readSlow(text: string, start: number, end: number, out: JsonPiece[], diags: Diagnostics): number {
  if (text.charCodeAt(start) === OPEN_ARRAY) return readArrayElements(text, start, end, out, diags);
  const scanned = scanValue(text, start, end);
  if (!scanned.complete) {
    reportTruncated(diags, start, scanned.end, out.length);
    return scanned.end;
  }
  if (!tryPush(text, start, scanned.end, out)) reportBad(diags, text, start, scanned.end);
  return scanned.end;
}

// A top-level array whose whole parse failed: keep each good element.
function readArrayElements(text: string, start: number, end: number, out: JsonPiece[], diags: Diagnostics): number {
  let pos = start + 1;
  for (;;) {
    pos = skipWhitespace(text, pos, end);
    const c = text[pos];
    if (pos >= end) {
      reportTruncated(diags, start, end, out.length);
      return end;
    }
    if (c === ']') return pos + 1;
    if (c === ',') {
      pos++;
      continue;
    }
    const scanned = scanValue(text, pos, end);
    if (!scanned.complete) {
      reportTruncated(diags, pos, scanned.end, out.length);
      return scanned.end;
    }
    if (!tryPush(text, pos, scanned.end, out)) reportBad(diags, text, pos, scanned.end);
    pos = scanned.end;
  }
}

/**
 * String-aware scan of the value that opens at start: its end, or where it
 * broke off. In a pretty-printed object every inner line is indented, so a
 * line that starts at column 0 with anything but a closer means the object
 * was cut short and the next one begins there.
 */
export function scanValue(text: string, start: number, end: number): { end: number; complete: boolean } {
  const isObject = text.charCodeAt(start) === OPEN_OBJECT;
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      // A raw line break cannot be inside a JSON string: the string was cut short.
      else if (c === 10) inString = false;
      if (inString || c !== 10) continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return { end: i + 1, complete: true };
    } else if (c === 10 && isObject && startsNewValue(text.charCodeAt(i + 1))) return { end: i + 1, complete: false };
  }
  return { end, complete: false };
}

function startsNewValue(c: number): boolean {
  return !Number.isNaN(c) && c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 125 && c !== 93;
}

function tryPush(text: string, start: number, stop: number, out: JsonPiece[]): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, stop));
  } catch {
    // Syntax errors, and RangeError on very deep nesting in some engines.
    return false;
  }
  if (Array.isArray(value) && text.charCodeAt(start) === OPEN_ARRAY) {
    for (const element of value) out.push({ value: element, offset: start, length: stop - start });
  } else out.push({ value, offset: start, length: stop - start });
  return true;
}

function reportBad(diags: Diagnostics, text: string, start: number, stop: number): void {
  const { line } = diags.position(start);
  const error = findJsonError(text, start, stop);
  if (error) {
    diags.at('error', error.offset, `expected ${error.expected}, found ${error.found}; skipped the JSON value that starts on line ${line}`);
  } else {
    diags.at('error', start, `expected a JSON value this engine can parse, found one it rejects (nested too deeply?); skipped it`);
  }
}

function reportTruncated(diags: Diagnostics, start: number, stop: number, kept: number): void {
  const { line } = diags.position(start);
  const found = stop >= diags.text.length ? 'the end of the text' : 'the start of another value';
  diags.at('error', stop, `expected the JSON value that starts on line ${line} to be closed, found ${found}: the output is truncated there (kept the ${kept} complete values before it)`);
}

function lastNonSpace(text: string, start: number, stop: number): number {
  let i = stop - 1;
  while (i > start && (text.charCodeAt(i) === 13 || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i;
}
