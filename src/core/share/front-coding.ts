// Front coding: each string as (length shared with the previous one, rest).
// Written as two columns (all lengths, then all rests) so deflate sees like with like.
import type { ByteReader, ByteWriter } from './bytes';
import { ShareFormatError } from './bytes';

function sharedPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  // Never split a surrogate pair: the rest is written as UTF-8.
  if (k > 0 && k < b.length && /[\ud800-\udbff]/.test(b[k - 1])) k--;
  return k;
}

/** Writes strings front-coded against their predecessor (any order; sorted input compresses best). */
export function writeFrontCoded(w: ByteWriter, strings: readonly string[]) {
  const shared = strings.map((s, i) => (i === 0 ? 0 : sharedPrefix(strings[i - 1], s)));
  for (const k of shared) w.uint(k);
  strings.forEach((s, i) => w.string(s.slice(shared[i])));
}

/** Reads `n` front-coded strings. */
export function readFrontCoded(r: ByteReader, n: number, maxLength: number): string[] {
  const shared = Array.from({ length: n }, () => r.uint());
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = i === 0 ? '' : out[i - 1];
    if (shared[i] > prev.length) throw new ShareFormatError(`string ${i} shares ${shared[i]} characters with a ${prev.length}-character predecessor`);
    const s = prev.slice(0, shared[i]) + r.string();
    if (s.length > maxLength) throw new ShareFormatError(`string ${i} is longer than the limit of ${maxLength}`);
    out.push(s);
  }
  return out;
}
