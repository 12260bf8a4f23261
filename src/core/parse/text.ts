// Shared text plumbing for every parser: spans, line walking, and
// diagnostics that carry line, column and offset.
import { MAX_DIAGNOSTICS_PER_INPUT, MAX_LINE_CHARS } from './limits';
import type { Diagnostic } from './types';
import { formatCount } from '../format-count';

/** The region [start, end) of one source text that a parser reads. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The span of a whole text. */
export function wholeText(text: string): Span {
  return { text, start: 0, end: text.length };
}

/**
 * Collects diagnostics for one source; positions are offsets into the whole
 * source text. Lists at most `max` positioned problems: a broken input can
 * hold millions, and the user needs the first few and a count.
 */
export class Diagnostics {
  private readonly listed: Diagnostic[] = [];
  private omitted = 0;
  private firstOmitted: number | undefined;
  private omittedLevel: Diagnostic['level'] = 'info';
  // Built on the first diagnostic only: clean inputs never pay for it.
  private lineStarts: number[] | undefined;

  constructor(
    readonly text: string,
    readonly source: string,
    readonly max = MAX_DIAGNOSTICS_PER_INPUT,
  ) {}

  /** The diagnostics, closed by a count of those not listed. */
  get list(): Diagnostic[] {
    if (this.firstOmitted === undefined) return this.listed;
    const offset = this.firstOmitted;
    const { line, column } = this.position(offset);
    const count = formatCount(this.omitted);
    const message = `... and ${count} more problems like these were not listed (gotopo lists ${this.max} per file); the first of them is on line ${line}`;
    return [...this.listed, { level: this.omittedLevel, source: this.source, line, column, offset, message }];
  }

  /** True once the list is full: callers may skip costly work on a message nobody will read. */
  get full(): boolean {
    return this.listed.length >= this.max;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** A problem with a whole line: the message is prefixed `line N:`. */
  atLine(level: Diagnostic['level'], offset: number, message: string): void {
    if (this.skip(level, offset)) return;
    const { line, column } = this.position(offset);
    this.listed.push({ level, source: this.source, line, column, offset, message: `line ${line}: ${message}` });
  }

  /** A problem at one character: the message is prefixed `line N, column C (offset O):`. */
  at(level: Diagnostic['level'], offset: number, message: string): void {
    if (this.skip(level, offset)) return;
    const { line, column } = this.position(offset);
    this.listed.push({ level, source: this.source, line, column, offset, message: `line ${line}, column ${column} (offset ${offset}): ${message}` });
  }

  /** A problem with the source as a whole; never dropped (there are only a few). */
  general(level: Diagnostic['level'], message: string): void {
    this.listed.push({ level, source: this.source, message });
  }

  private skip(level: Diagnostic['level'], offset: number): boolean {
    if (!this.full) return false;
    this.omitted++;
    this.firstOmitted ??= offset;
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.omittedLevel)) this.omittedLevel = level;
    return true;
  }
}

// Most severe first: the closing count takes the level of the worst problem it hides.
const LEVELS: Diagnostic['level'][] = ['error', 'warning', 'info'];

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Calls fn for each line of the span (without its line end) and the offset
 * where it starts. Lines longer than MAX_LINE_CHARS are passed to onLong
 * instead: no pattern is ever run on them (detection reports them once).
 */
export function forEachLine(span: Span, fn: (line: string, offset: number) => void, onLong?: (offset: number, length: number) => void): void {
  const { text, end } = span;
  let pos = span.start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const stop = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (stop - pos > MAX_LINE_CHARS) onLong?.(pos, stop - pos);
    else fn(text.slice(pos, stop), pos);
    pos = nl + 1;
  }
}

/** Where the span's line number `max` + 1 starts, and how many lines it has; cut is null when it has at most max lines. */
export function cutLines(span: Span, max: number): { cut: number | null; lines: number } {
  const { text, start, end } = span;
  let cut: number | null = null;
  let lines = 0;
  for (let pos = start; pos < end; lines++) {
    if (lines === max) cut = pos;
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? end : nl + 1;
  }
  return { cut, lines };
}

/** Whitespace-separated fields of a line. */
export function fields(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

/** A short, quoted excerpt of untrusted text for a message. */
export function quote(s: string, max = 60): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

/** Index of the first whitespace-free character at or after pos. */
export function skipWhitespace(text: string, pos: number, end: number): number {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff) break;
    pos++;
  }
  return pos;
}

/**
 * indexOf that remembers its last answer, so repeated searches from
 * increasing positions stay linear overall (a miss is never rescanned).
 * With an anchor it searches for needle.slice(anchor) and checks the
 * characters before: V8 scans several times faster for a needle whose first
 * character is rare, and indented JSON is mostly line breaks, tabs and
 * quotes. The answers are those of indexOf(needle) either way.
 */
export function makeFinder(text: string, needle: string, end: number, anchor = 0): (from: number) => number {
  const head = needle.slice(0, anchor);
  const tail = needle.slice(anchor);
  let found = -2;
  const search = (from: number): number => {
    for (let at = text.indexOf(tail, from + anchor); at >= 0; at = text.indexOf(tail, at + 1)) {
      if (text.startsWith(head, at - anchor)) return at - anchor;
    }
    return -1;
  };
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = search(from);
    if (found >= end) found = -1;
    return found;
  };
}
