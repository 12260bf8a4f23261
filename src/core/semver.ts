// Go's semver (golang.org/x/mod/semver) and module path helpers, ported exactly:
// selection, skew and duplicate-major answers must agree with the go command.

const SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;
const PSEUDO = /^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export interface ParsedSemver {
  major: string;
  minor: string;
  patch: string;
  prerelease: string;
  build: string;
}

/** Parses a Go semantic version (leading `v` required); null when invalid. */
export function parseSemver(v: string): ParsedSemver | null {
  const m = SEMVER.exec(v);
  if (!m) return null;
  const prerelease = m[4] ?? '';
  if (prerelease && prerelease.slice(1).split('.').some((id) => /^\d+$/.test(id) && id.length > 1 && id[0] === '0')) return null;
  return { major: m[1], minor: m[2] ?? '0', patch: m[3] ?? '0', prerelease, build: m[5] ?? '' };
}

export function isValidSemver(v: string): boolean {
  return parseSemver(v) !== null;
}

// Numbers may exceed 2^53: compare by length, then lexically.
function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return Math.sign(a.length - b.length);
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(x: string, y: string): number {
  if (x === y) return 0;
  if (!x) return 1;
  if (!y) return -1;
  const xs = x.slice(1).split('.');
  const ys = y.slice(1).split('.');
  for (let i = 0; i < xs.length && i < ys.length; i++) {
    if (xs[i] === ys[i]) continue;
    const xn = /^\d+$/.test(xs[i]);
    const yn = /^\d+$/.test(ys[i]);
    if (xn !== yn) return xn ? -1 : 1;
    return xn ? compareNumeric(xs[i], ys[i]) : xs[i] < ys[i] ? -1 : 1;
  }
  return Math.sign(xs.length - ys.length);
}

/** semver.Compare: invalid versions sort lowest and equal to each other; build metadata is ignored. */
export function compareSemver(v: string, w: string): number {
  if (v === w) return 0;
  const a = parseSemver(v);
  const b = parseSemver(w);
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return (
    compareNumeric(a.major, b.major) ||
    compareNumeric(a.minor, b.minor) ||
    compareNumeric(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

/** The higher of two versions (semver.Max); the first wins a tie. */
export function maxSemver(v: string, w: string): string {
  return compareSemver(v, w) >= 0 ? v : w;
}

export function isPseudoVersion(v: string): boolean {
  return PSEUDO.test(v) && parseSemver(v) !== null;
}

export function isIncompatible(v: string): boolean {
  return v.endsWith('+incompatible');
}

/** semver.Major: "v2" for "v2.1.0", "" when invalid. */
export function semverMajor(v: string): string {
  const p = parseSemver(v);
  return p ? `v${p.major}` : '';
}

/** module.SplitPathVersion; null for an invalid major suffix (/v1, /v0, /v2.1). */
export function splitPathVersion(path: string): { prefix: string; pathMajor: string } | null {
  let i = path.length;
  if (path.startsWith('gopkg.in/')) {
    if (path.endsWith('-unstable')) i -= 9;
    while (i > 0 && /\d/.test(path[i - 1])) i--;
    if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.') return null;
    const pathMajor = path.slice(i - 2);
    if (pathMajor.length <= 2 || (pathMajor[2] === '0' && !pathMajor.startsWith('.v0'))) return null;
    return { prefix: path.slice(0, i - 2), pathMajor };
  }
  let dot = false;
  while (i > 0 && /[\d.]/.test(path[i - 1])) {
    if (path[i - 1] === '.') dot = true;
    i--;
  }
  if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') return { prefix: path, pathMajor: '' };
  const pathMajor = path.slice(i - 2);
  if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') return null;
  return { prefix: path.slice(0, i - 2), pathMajor };
}

/**
 * The major line a module version belongs to: the path's /vN or .vN suffix,
 * else vN for a +incompatible version, else "v0/v1" (GO-FORMATS 5d).
 */
export function majorLine(path: string, version: string): { prefix: string; line: string } {
  const split = splitPathVersion(path) ?? { prefix: path, pathMajor: '' };
  if (split.pathMajor) return { prefix: split.prefix, line: split.pathMajor.replace(/^[./]/, '').replace(/-unstable$/, '') };
  if (isIncompatible(version)) return { prefix: split.prefix, line: semverMajor(version) };
  return { prefix: split.prefix, line: 'v0/v1' };
}

/** Splits `path@version` at the first `@`; a bare path (a main module) has version "". */
export function splitModuleVersion(node: string): { path: string; version: string } {
  const at = node.indexOf('@');
  return at < 0 ? { path: node, version: '' } : { path: node.slice(0, at), version: node.slice(at + 1) };
}

/** The pseudo-modules `go` and `toolchain` of Go >= 1.21 graphs: not semver, never selected. */
export function isGoPseudoModule(path: string): boolean {
  return path === 'go' || path === 'toolchain';
}

/** Converts a Go release tag to semver: go1.21.3 -> v1.21.3, go1.20 -> v1.20.0, go1.21rc2 -> v1.21.0-rc.2. */
export function goTagToSemver(tag: string): string {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(tag.trim());
  if (!m) return '';
  const [, major, minor, patch, pre, preNum] = m;
  const core = `v${major}.${minor}.${patch ?? '0'}`;
  return pre ? `${core}-${pre}.${preNum}` : core;
}
