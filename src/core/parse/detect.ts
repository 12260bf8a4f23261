// Cuts one text into the inputs it holds (DESIGN §2: a bundle may
// concatenate several, with or without separator lines). JSON runs are split
// into objects and grouped by their keys; line runs are grouped by what each
// line can start: a line that announces another kind starts a new part.
import { appendAll } from '../append';
import { GOVULNCHECK_KEYS } from './govulncheck';
import { isObject } from './json-fields';
import { findClosers, splitJsonStream, type JsonPiece } from './json-stream';
import { formatSize, MAX_LINE_CHARS, MAX_RECORDS } from './limits';
import { classifyLine } from './line-kind';
import { forEachLine, makeFinder, skipWhitespace, type Diagnostics, type Span } from './text';
import type { InputKind } from './types';

/** One detected part of a text: [start, end), and for JSON kinds its objects. */
export interface Part {
  kind: InputKind | 'unknown';
  start: number;
  end: number;
  pieces?: JsonPiece[];
}

const POLICY = /^allowed_modules\s*:/m;

/** Splits a text into parts in their order; text that fits no input becomes an 'unknown' part. */
export function detectParts(text: string, diags: Diagnostics, maxRecords = MAX_RECORDS): Part[] {
  const parts: Part[] = [];
  const end = text.length;
  // Only a brace or bracket at the start of a line opens JSON: `retract [` in go.mod is indented.
  const nextObject = makeFinder(text, '\n{', end, 1);
  const nextArray = makeFinder(text, '\n[', end, 1);
  // One set for all runs: a run per line (`{` lines between other text) must not each search to the end.
  const closers = findClosers(text, end);
  let pos = skipWhitespace(text, 0, end);
  while (pos < end) {
    const c = text[pos];
    if (c === '{' || c === '[') {
      const run = splitJsonStream({ text, start: pos, end }, diags, { closers, maxValues: maxRecords });
      appendAll(parts, groupJson(run.pieces));
      // A run that read nothing (a lone brace) must still advance.
      pos = run.end > pos ? run.end : lineEnd(text, pos);
    } else {
      const candidates = [nextObject(pos), nextArray(pos)].filter((i) => i >= 0);
      const runEnd = candidates.length > 0 ? Math.min(...candidates) + 1 : end;
      appendAll(parts, segmentLines({ text, start: pos, end: runEnd }, diags));
      pos = runEnd;
    }
    pos = skipWhitespace(text, pos, end);
  }
  return parts;
}

/** The input kind a JSON object belongs to, by its keys. */
export function jsonKind(value: unknown): InputKind | 'unknown' {
  if (!isObject(value)) return 'unknown';
  if ('ImportPath' in value) return 'go-list-deps';
  if ('Path' in value) return 'go-list-m';
  if (GOVULNCHECK_KEYS.some((k) => k in value)) return 'govulncheck';
  if ('allowed_modules' in value) return 'policy';
  return 'unknown';
}

function groupJson(pieces: JsonPiece[]): Part[] {
  const parts: Part[] = [];
  for (const piece of pieces) {
    const kind = jsonKind(piece.value);
    const last = parts[parts.length - 1];
    const stop = piece.offset + piece.length;
    if (last && last.kind === kind) {
      last.pieces?.push(piece);
      last.end = Math.max(last.end, stop);
    } else parts.push({ kind, start: piece.offset, end: stop, pieces: [piece] });
  }
  return parts;
}

function segmentLines(span: Span, diags: Diagnostics): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  let pending: number | undefined;
  let chunkStart = span.start;
  const closeChunk = (chunkEnd: number) => {
    // A policy is YAML: its comments and keys must not be read as other inputs.
    const chunk = span.text.slice(chunkStart, chunkEnd);
    if (POLICY.test(chunk)) {
      while (parts.length > 0 && parts[parts.length - 1].start >= chunkStart) parts.pop();
      const start = skipWhitespace(span.text, chunkStart, chunkEnd);
      parts.push({ kind: 'policy', start, end: trimEnd(span.text, start, chunkEnd) });
    }
    current = undefined;
    pending = undefined;
  };
  forEachLine(span, (line, offset) => {
    const cls = classifyLine(line);
    const lineStop = offset + line.length;
    if (cls === 'separator') {
      closeChunk(offset);
      chunkStart = lineStop;
    } else if (cls === 'neutral') {
      // Blank and comment lines join whatever comes next (a go.mod's leading comments).
      pending ??= offset;
    } else if (current && (cls === current.kind || cls === 'other' || cls === 'policy')) {
      current.end = lineStop;
      pending = undefined;
    } else {
      const kind = cls === 'other' ? 'unknown' : cls;
      current = { kind, start: pending ?? offset, end: lineStop };
      pending = undefined;
      parts.push(current);
    }
  }, reportLongLine(diags));
  closeChunk(span.end);
  return parts;
}

// Reported here, once: the parsers skip the same lines silently.
function reportLongLine(diags: Diagnostics): (offset: number, length: number) => void {
  return (offset, length) =>
    diags.atLine('error', offset, `this line is ${formatSize(length)} long; gotopo reads lines of at most ${formatSize(MAX_LINE_CHARS)} in line-based outputs (go mod graph, go.mod, go.sum, go mod why, vendor/modules.txt): skipped it`);
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
