// The table of distinct version strings. Pseudo-versions
// (v0.0.0-20211218093645-b94a6e3cc137) are split into their parts: the
// timestamp as seconds (delta-coded in time order) and the hash as 6 bytes
// instead of 26 characters of digits and hex, which deflate cannot shrink.
import type { ByteReader, ByteWriter } from './bytes';
import { readFrontCoded, writeFrontCoded } from './front-coding';

const PSEUDO = /^(.*[-.])(\d{14})-([0-9a-f]{12})((?:\+.*)?)$/;

interface Pseudo {
  text: string;
  prefix: string;
  seconds: number;
  hash: Uint8Array;
  suffix: string;
}

function timestamp(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

// Null unless the parts rebuild exactly the same text (a 14-digit non-date stays a plain string).
function splitPseudo(text: string): Pseudo | null {
  const m = PSEUDO.exec(text);
  if (!m) return null;
  const t = m[2];
  const seconds = Date.UTC(+t.slice(0, 4), +t.slice(4, 6) - 1, +t.slice(6, 8), +t.slice(8, 10), +t.slice(10, 12), +t.slice(12, 14)) / 1000;
  if (!Number.isSafeInteger(seconds) || timestamp(seconds) !== t) return null;
  const hash = new Uint8Array(6);
  for (let i = 0; i < 6; i++) hash[i] = parseInt(m[3].slice(2 * i, 2 * i + 2), 16);
  return { text, prefix: m[1], seconds, hash, suffix: m[4] };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes the distinct versions; returns each one's index in the table as read back. */
export function writeVersionTable(w: ByteWriter, versions: Iterable<string>): Map<string, number> {
  const plain: string[] = [];
  const pseudo: Pseudo[] = [];
  for (const v of new Set(versions)) {
    const p = splitPseudo(v);
    if (p) pseudo.push(p);
    else plain.push(v);
  }
  plain.sort();
  pseudo.sort((a, b) => a.seconds - b.seconds || (a.text < b.text ? -1 : 1));
  w.uint(plain.length);
  w.uint(pseudo.length);
  writeFrontCoded(w, plain);
  writeFrontCoded(w, pseudo.map((p) => p.prefix));
  pseudo.forEach((p, i) => w.int(p.seconds - (i === 0 ? 0 : pseudo[i - 1].seconds)));
  for (const p of pseudo) w.bytes(p.hash);
  for (const p of pseudo) w.string(p.suffix);
  return new Map([...plain, ...pseudo.map((p) => p.text)].map((v, i) => [v, i]));
}

/** Reads the version table written by writeVersionTable. */
export function readVersionTable(r: ByteReader, maxVersions: number, maxLength: number): string[] {
  const nPlain = r.count(maxVersions, 'versions');
  const nPseudo = r.count(maxVersions - nPlain, 'pseudo-versions', 7);
  const plain = readFrontCoded(r, nPlain, maxLength);
  const prefixes = readFrontCoded(r, nPseudo, maxLength);
  let seconds = 0;
  const times = prefixes.map(() => timestamp((seconds += r.int())));
  const hashes = prefixes.map(() => hex(r.bytes(6)));
  const pseudo = prefixes.map((prefix, i) => `${prefix}${times[i]}-${hashes[i]}${r.string()}`);
  return [...plain, ...pseudo];
}
