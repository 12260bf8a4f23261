/**
 * Version constraints of a policy's `allowed_modules[].version`, judged with
 * Go's semver order (compareSemver), written the way npm users expect:
 *
 * - `v` is optional everywhere: `1.2.3` = `v1.2.3`.
 * - Exact `1.2.3` matches that version only; `+incompatible` (build metadata)
 *   is ignored, as Go ignores it. A partial version is a prefix, as in
 *   `go get m@v1.2`: `1.2` (or `1.2.x`) = `>=1.2.0 <1.3.0-0`, `1` = `>=1.0.0 <2.0.0-0`.
 * - `^1.9.0` = same major, at least 1.9.0 (`>=1.9.0 <2.0.0-0`); on 0.x the
 *   minor is fixed (`^0.9.1` = `>=0.9.1 <0.10.0-0`) and on 0.0.x the patch, as npm.
 *   `v2.0.0+incompatible` is major 2, so `^1.9.0` does not match it.
 * - `~1.9.0` = same major.minor, at least 1.9.0 (`>=1.9.0 <1.10.0-0`).
 * - Comparators `>=`, `>`, `<=`, `<`, `=`; space-separated terms must all hold;
 *   `||` separates alternatives. `*`, `x` or an empty constraint match any version.
 * - Prereleases, and pseudo-versions (which are prereleases in Go's order:
 *   `v1.9.1-0.2023...` sorts between v1.9.0 and v1.9.1): comparators match them
 *   by that order, but a set of terms containing `^`, `~`, an exact or a partial
 *   version matches a prerelease only when one of its terms names a prerelease
 *   (npm's rule), so `^1.9.0` means released versions. To admit pseudo-versions
 *   write comparators: `>=1.9.0 <2.0.0-0` (note `<2.0.0` admits 2.0.0's prereleases).
 * - A version that is not semver (a main module, a `(devel)`) matches only `*`.
 */
import { compareSemver, parseSemver } from '../semver';

type Op = '>=' | '>' | '<=' | '<' | '=';

interface Comparator {
  op: Op;
  version: string;
}

/** One `||` alternative: every comparator must hold. */
interface TermSet {
  comparators: Comparator[];
  /** Written with ^, ~, exact or partial versions and naming no prerelease: prereleases never match. */
  releasesOnly: boolean;
}

/** A parsed constraint; `any` for `*` and empty. */
export interface VersionConstraint {
  text: string;
  any: boolean;
  sets: TermSet[];
}

const TERM = /^(\^|~|>=|<=|>|<|=)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const WILD = /^[xX*]$/;

/** Parses a constraint; throws an Error naming the bad term and the accepted forms. */
export function parseConstraint(text: string): VersionConstraint {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '*' || /^[xX]$/.test(trimmed)) return { text, any: true, sets: [] };
  const sets = trimmed.split('||').map((alt) => parseSet(alt.trim(), text));
  return { text, any: sets.some((s) => s.comparators.length === 0), sets };
}

function parseSet(alt: string, whole: string): TermSet {
  // Join an operator separated from its version by spaces (`>= 1.2.0`).
  const terms = alt.replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
  if (terms.length === 0) throw new Error(`version constraint "${whole}": empty alternative around "||"`);
  const comparators: Comparator[] = [];
  let shorthand = false;
  let namesPrerelease = false;
  for (const term of terms) {
    const m = TERM.exec(term);
    if (!m) throw new Error(`version constraint "${whole}": "${term}" is not a version term - use 1.2.3, ^1.2.3, ~1.2.3, >=1.2.0 <2.0.0, a || b or *`);
    const [, op, major, minor, patch, pre] = m;
    if (pre) namesPrerelease = true;
    if (op !== '>=' && op !== '>' && op !== '<=' && op !== '<') shorthand = true;
    comparators.push(...expand(op ?? '', [major, minor, patch], pre ?? '', whole));
  }
  return { comparators, releasesOnly: shorthand && !namesPrerelease };
}

// Turns one term into plain comparators (npm's desugaring, on Go versions).
function expand(op: string, parts: (string | undefined)[], pre: string, whole: string): Comparator[] {
  const wild = parts.findIndex((p) => p === undefined || WILD.test(p));
  const given = (wild < 0 ? parts : parts.slice(0, wild)) as string[];
  if (given.length === 0) return [];
  if (wild >= 0 && pre) throw new Error(`version constraint "${whole}": a prerelease needs a full version (1.2.3-rc.1)`);
  const [M, m, p] = [...given, '0', '0'].map(Number);
  const v = (a: number, b: number, c: number, suffix = '') => `v${a}.${b}.${c}${suffix}`;
  const low = v(M, m, p, pre);
  if (!parseSemver(low)) throw new Error(`version constraint "${whole}": ${low} is not a valid Go version`);
  // The first version past the prefix (1.2 -> 1.3.0-0): `-0` is Go's lowest prerelease.
  const next = given.length === 1 ? v(M + 1, 0, 0, '-0') : v(M, m + 1, 0, '-0');
  switch (op) {
    case '^': {
      const upper = M > 0 || given.length === 1 ? v(M + 1, 0, 0, '-0') : m > 0 || given.length === 2 ? v(0, m + 1, 0, '-0') : v(0, 0, p + 1, '-0');
      return [{ op: '>=', version: low }, { op: '<', version: upper }];
    }
    case '~':
      return [{ op: '>=', version: low }, { op: '<', version: given.length === 1 ? next : v(M, m + 1, 0, '-0') }];
    case '>=':
      return [{ op, version: low }];
    case '<':
      // `<1.2` is below every 1.2.x, prereleases included.
      return [{ op, version: wild >= 0 ? `${low}-0` : low }];
    case '>':
      return [wild >= 0 ? { op: '>=', version: next } : { op: '>', version: low }];
    case '<=':
      return [wild >= 0 ? { op: '<', version: next } : { op: '<=', version: low }];
    default:
      return wild >= 0 ? [{ op: '>=', version: low }, { op: '<', version: next }] : [{ op: '=', version: low }];
  }
}

/** True when `version` (with or without `v`) satisfies the constraint (text or parsed). */
export function satisfies(version: string, constraint: string | VersionConstraint): boolean {
  const c = typeof constraint === 'string' ? parseConstraint(constraint) : constraint;
  if (c.any) return true;
  const v = version.startsWith('v') ? version : `v${version}`;
  const parsed = parseSemver(v);
  if (!parsed) return false;
  return c.sets.some((set) => !(set.releasesOnly && parsed.prerelease) && set.comparators.every((cmp) => holds(v, cmp)));
}

function holds(v: string, { op, version }: Comparator): boolean {
  const c = compareSemver(v, version);
  switch (op) {
    case '>=': return c >= 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '<': return c < 0;
    case '=': return c === 0;
  }
}

/** Versions a constraint names as lower bounds or exact versions: candidates for a `go get` fix. */
export function namedVersions(constraint: VersionConstraint): string[] {
  return constraint.sets.flatMap((s) => s.comparators.filter((c) => c.op === '>=' || c.op === '=' || c.op === '<=').map((c) => c.version));
}
