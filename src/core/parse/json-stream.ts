// Splits a stream of concatenated JSON values (go list -json, govulncheck
// -json), or an array of them, into parsed objects. Fast path (DESIGN §2):
// go list and govulncheck close each top-level object with a brace at the
// start of a line, so cut there and JSON.parse the piece; a piece that fails
// goes to a string-aware scanner, and only that piece pays per-character work.
import { depsCutter } from './dropped-fields';
import { findJsonError } from './json-error';
import { MAX_RECORDS } from './limits';
import { makeFinder, skipWhitespace, type Diagnostics, type Span } from './text';
import { formatCount } from '../format-count';

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

/** Finders of the next `}` and `]` at a line start, shared by every JSON run of one text so it is searched once. */
export interface Closers {
  object: (from: number) => number;
  array: (from: number) => number;
}

/** Closer finders for a text, for positions before end; ask them for increasing positions only. */
export function findClosers(text: string, end: number): Closers {
  return { object: makeFinder(text, '\n}', end, 1), array: makeFinder(text, '\n]', end, 1) };
}

export interface JsonStreamOptions {
  /** The text's shared finders (detectParts passes one per text); fresh ones by default. */
  closers?: Closers;
  /** Values kept before the rest of the span is skipped with an error. */
  maxValues?: number;
}

/** Reads consecutive JSON values from span.start; bad values become diagnostics and reading resumes after them. */
export function splitJsonStream(span: Span, diags: Diagnostics, options: JsonStreamOptions = {}): JsonRun {
  const { text, end } = span;
  const { closers = findClosers(text, end), maxValues = MAX_RECORDS } = options;
  const readFast = fastReader(text, end, closers);
  const pieces: JsonPiece[] = [];
  let pos = skipWhitespace(text, span.start, end);
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) break;
    if (pieces.length >= maxValues) return capValues(pieces, maxValues, pos, end, diags);
    const stop = readFast(pos, pieces) ?? readSlow(text, pos, end, pieces, diags);
    pos = skipWhitespace(text, stop, end);
  }
  // One top-level array can hold more than the cap on its own.
  if (pieces.length > maxValues) return capValues(pieces, maxValues, pos, pos, diags);
  return { pieces, end: pos };
}

// NOTE: truncates pieces. Everything from `from` to `end` is skipped.
function capValues(pieces: JsonPiece[], max: number, from: number, end: number, diags: Diagnostics): JsonRun {
  const found = pieces.length > max ? `${formatCount(pieces.length)} JSON values` : `more than ${formatCount(max)} JSON values`;
  const skipped = end > from ? 'skipped the rest of the text from here' : 'skipped the others';
  diags.at('error', from, `found ${found}; gotopo reads at most ${formatCount(max)} per input: kept the first ${formatCount(max)} and ${skipped}`);
  pieces.length = max;
  return { pieces, end };
}

/**
 * The fast path: the value on its own line, then up to the next line-start
 * closer; null when neither parses. Remembers the current line's end and
 * what failed, so many values on one long line, or many broken values before
 * one far closer, do not rescan the rest of the text for each value.
 */
function fastReader(text: string, end: number, closers: Closers): (start: number, out: JsonPiece[]) => number | null {
  const withoutDeps = depsCutter(text, end);
  let lineEnd = -1;
  let lineFailed = false;
  let failedClose = -1;
  return (start, out) => {
    if (start > lineEnd) {
      lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      lineFailed = false;
    }
    const open = text.charCodeAt(start);
    if (!lineFailed) {
      const last = lastNonSpace(text, start, lineEnd);
      // '{'+2 = '}', '['+2 = ']'
      if (text.charCodeAt(last) === open + 2 && tryPush(text, start, last + 1, out)) return last + 1;
      lineFailed = true;
    }
    const close = (open === OPEN_OBJECT ? closers.object : closers.array)(start);
    if (close >= 0 && close !== failedClose) {
      const cut = open === OPEN_OBJECT ? withoutDeps(start, close + 2) : null;
      if (cut !== null && tryPush(text, start, close + 2, out, cut)) return close + 2;
      if (tryPush(text, start, close + 2, out)) return close + 2;
      failedClose = close;
    }
    return null;
  };
}

function readSlow(text: string, start: number, end: number, out: JsonPiece[], diags: Diagnostics): number {
  if (text.charCodeAt(start) === OPEN_ARRAY) return readArrayElements(text, start, end, out, diags);
  const scanned = scanValue(text, start, end);
  if (!scanned.complete) {
    reportTruncated(diags, start, scanned.end, out.length);
    return scanned.end;
  }
  pushOrReport(text, start, scanned.end, out, diags);
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
    pushOrReport(text, pos, scanned.end, out, diags);
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

/** Parses text[start, stop), or `source` standing for it (the same value with fields nobody reads cut out). */
function tryPush(text: string, start: number, stop: number, out: JsonPiece[], source = text.slice(start, stop)): boolean {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    // Syntax errors, and RangeError on very deep nesting in some engines.
    return false;
  }
  if (Array.isArray(value) && text.charCodeAt(start) === OPEN_ARRAY) {
    for (const element of value) out.push({ value: element, offset: start, length: stop - start });
  } else out.push({ value, offset: start, length: stop - start });
  return true;
}

/** Keeps the value, or reports where it goes wrong. */
function pushOrReport(text: string, start: number, stop: number, out: JsonPiece[], diags: Diagnostics): void {
  // Once the list is full the input is badly broken: check before parsing, as
  // each thrown SyntaxError costs microseconds and an array can hold millions.
  let error = diags.full ? findJsonError(text, start, stop) : null;
  if (error === null) {
    if (tryPush(text, start, stop, out)) return;
    error = findJsonError(text, start, stop);
  }
  const { line } = diags.position(start);
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
