// The table of distinct version strings, as numbers where Go's version
// grammar allows: v1.9.1 is a kind byte and three small numbers, and a
// pseudo-version (v0.0.0-20211218093645-b94a6e3cc137) a kind, its base
// numbers, its timestamp in seconds and its hash as 6 bytes instead of 34
// characters. The hashes are random: they go to `hashes`, which the link
// keeps outside deflate, so they do not flatten the Huffman codes of the rest. Written column by column (all kinds,
// all numbers, ...) so deflate sees like with like. Anything that would not
// print back to the very same text is kept as a string.
import type { ByteReader, ByteWriter } from './bytes';
import { ShareFormatError } from './bytes';

const RAW = 0; // any string
const RELEASE = 1; // vX.Y.Z
const PRERELEASE = 2; // vX.Y.Z-pre
const PSEUDO = 3; // vX.0.0-time-hash
const PSEUDO_RELEASE = 4; // vX.Y.Z-0.time-hash (Z one past the base release)
const PSEUDO_PRE = 5; // vX.Y.Z-pre.0.time-hash
const KIND_MASK = 7;
const INCOMPATIBLE = 8; // +incompatible
const NUMBERS = [0, 3, 3, 1, 3, 3];
const HAS_TEXT = [true, false, true, false, false, true];
const HAS_TIME = [false, false, false, true, true, true];

// Go accepts no leading zeros in version numbers; 15 digits keeps them safe integers.
const SEMVER = /^v(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:-([^+]+))?(\+incompatible)?$/;
const PSEUDO_TAIL = /^(?:(.+)\.)?(\d{14})-([0-9a-f]{12})$/;
// Pseudo-version times are seconds since 2000-01-01 UTC, below 2^32 (until 2136).
const EPOCH = Date.UTC(2000, 0, 1) / 1000;

interface Parts {
  kind: number;
  numbers: number[];
  text: string;
  seconds: number;
  hash: string;
}

function timestamp(seconds: number): string {
  const d = new Date((seconds + EPOCH) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

function format(p: Parts): string {
  const kind = p.kind & KIND_MASK;
  const plus = p.kind & INCOMPATIBLE ? '+incompatible' : '';
  const [x, y, z] = p.numbers;
  const base = `v${x}.${y}.${z}`;
  const tail = `${timestamp(p.seconds)}-${p.hash}${plus}`;
  switch (kind) {
    case RELEASE: return `${base}${plus}`;
    case PRERELEASE: return `${base}-${p.text}${plus}`;
    case PSEUDO: return `v${x}.0.0-${tail}`;
    case PSEUDO_RELEASE: return `${base}-0.${tail}`;
    case PSEUDO_PRE: return `${base}-${p.text}.0.${tail}`;
    default: return p.text;
  }
}

// The most compact reading of a Go version, checked to print back to the very same text.
function parse(v: string): Parts {
  const candidates: Parts[] = [];
  const m = SEMVER.exec(v);
  if (m) {
    const flags = m[5] ? INCOMPATIBLE : 0;
    const numbers = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = m[4] === undefined ? null : PSEUDO_TAIL.exec(m[4]);
    if (t) {
      const d = t[2];
      const seconds = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +d.slice(8, 10), +d.slice(10, 12), +d.slice(12, 14)) / 1000 - EPOCH;
      const pre = t[1];
      const kind = pre === undefined ? PSEUDO : pre === '0' ? PSEUDO_RELEASE : pre.endsWith('.0') ? PSEUDO_PRE : RAW;
      if (kind !== RAW && seconds >= 0 && seconds < 2 ** 32) {
        candidates.push({ kind: kind | flags, numbers: kind === PSEUDO ? numbers.slice(0, 1) : numbers, text: kind === PSEUDO_PRE ? pre!.slice(0, -2) : '', seconds, hash: t[3] });
      }
    }
    candidates.push({ kind: (m[4] === undefined ? RELEASE : PRERELEASE) | flags, numbers, text: m[4] ?? '', seconds: 0, hash: '' });
  }
  return candidates.find((p) => format(p) === v) ?? { kind: RAW, numbers: [], text: v, seconds: 0, hash: '' };
}

// Numbers are coded against the previous numeric version, from the major down
// (semver order): a module's versions are listed in ascending order, so most
// majors repeat (0) and minors or patches step by small amounts.
function writeNumbers(w: ByteWriter, numbers: readonly number[], prev: readonly number[]) {
  for (let i = 0; i < numbers.length; i++) {
    w.int(numbers[i] - prev[i]);
    if (numbers[i] !== prev[i]) {
      for (const n of numbers.slice(i + 1)) w.uint(n);
      return;
    }
  }
}

function readNumbers(r: ByteReader, count: number, prev: readonly number[]): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const at = out.length;
    const n = prev[at] + r.int();
    if (!Number.isSafeInteger(n) || n < 0) throw new ShareFormatError(`version number ${n} is out of range`);
    out.push(n);
    if (n !== prev[at]) while (out.length < count) out.push(r.uint());
  }
  return out;
}

/** Writes the table, column by column. */
export function writeVersions(w: ByteWriter, hashes: ByteWriter, versions: readonly string[]) {
  const parts = versions.map(parse);
  w.uint(parts.length);
  for (const p of parts) w.byte(p.kind);
  let prev = [0, 0, 0];
  for (const p of parts) {
    writeNumbers(w, p.numbers, prev);
    if (p.numbers.length > 0) prev = [...p.numbers, 0, 0];
  }
  // Timestamps as the change from the previous one: a module's pseudo-versions come in time order.
  let seconds = 0;
  for (const p of parts) {
    if (!HAS_TIME[p.kind & KIND_MASK]) continue;
    w.int(p.seconds - seconds);
    seconds = p.seconds;
  }
  for (const p of parts) if (HAS_TIME[p.kind & KIND_MASK]) for (let i = 0; i < 12; i += 2) hashes.byte(parseInt(p.hash.slice(i, i + 2), 16));
  for (const p of parts) if (HAS_TEXT[p.kind & KIND_MASK]) w.string(p.text);
}

/** Reads a table written by writeVersions. */
export function readVersions(r: ByteReader, hashes: ByteReader, maxVersions: number, maxLength: number): string[] {
  const n = r.count(maxVersions, 'versions');
  const parts = Array.from({ length: n }, (): Parts => {
    const kind = r.byte();
    if ((kind & KIND_MASK) >= NUMBERS.length || kind > (INCOMPATIBLE | KIND_MASK) || (kind & INCOMPATIBLE && !(kind & KIND_MASK))) {
      throw new ShareFormatError(`unknown version kind ${kind}`);
    }
    return { kind, numbers: [], text: '', seconds: 0, hash: '' };
  });
  let prev = [0, 0, 0];
  for (const p of parts) {
    p.numbers = readNumbers(r, NUMBERS[p.kind & KIND_MASK], prev);
    if (p.numbers.length > 0) prev = [...p.numbers, 0, 0];
  }
  let seconds = 0;
  for (const p of parts) {
    if (!HAS_TIME[p.kind & KIND_MASK]) continue;
    seconds += r.int();
    if (!(seconds >= 0 && seconds < 2 ** 32)) throw new ShareFormatError(`a pseudo-version time is out of range`);
    p.seconds = seconds;
  }
  for (const p of parts) if (HAS_TIME[p.kind & KIND_MASK]) p.hash = Array.from(hashes.bytes(6), (b) => b.toString(16).padStart(2, '0')).join('');
  for (const p of parts) if (HAS_TEXT[p.kind & KIND_MASK]) p.text = r.string();
  return parts.map((p) => {
    const v = format(p);
    if (v.length > maxLength) throw new ShareFormatError(`a version is longer than the limit of ${maxLength}`);
    return v;
  });
}
