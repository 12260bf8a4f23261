// Is module@version affected by an OSV entry? The logic of x/vuln's
// internal/semver/affects.go (GO-FORMATS 6), plus OSV's inclusive last_affected.
import type { OsvEntry, OsvRange } from '../parse/types';
import { compareSemver, goTagToSemver } from '../semver';

type OsvEvent = OsvRange['events'][number];

/**
 * True when `modulePath@version` falls in an affected range of the entry.
 * Withdrawn entries and empty versions (local replacements, devel builds) never match;
 * `stdlib`/`toolchain` versions may be Go tags (`go1.21rc2`).
 */
export function isAffected(osv: OsvEntry, modulePath: string, version: string): boolean {
  // A withdrawal is never dated in the future, so "withdrawn" means skipped.
  if (osv.withdrawn || !version) return false;
  const v = canonical(version);
  return osv.affected.some((a) => a.module === modulePath && rangesContain(a.ranges, v));
}

// Bare `1.2.3`, `v1.2.3` and `go1.21rc2` all become Go semver.
function canonical(version: string): string {
  if (version.startsWith('go')) return goTagToSemver(version);
  return version.startsWith('v') ? version : `v${version}`;
}

// No ranges, or none of type SEMVER, means every version is affected.
function rangesContain(ranges: OsvRange[], v: string): boolean {
  const semver = ranges.filter((r) => r.type === 'SEMVER');
  return semver.length === 0 || semver.some((r) => rangeContains(r.events, v));
}

function rangeContains(events: OsvEvent[], v: string): boolean {
  // `introduced: "0"` first, then by version, stable (as affects.go sorts them).
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => eventOrder(a.e, b.e) || a.i - b.i);
  let affected = false;
  for (const { e } of sorted) {
    if (!affected && e.introduced !== undefined) affected = e.introduced === '0' || compareSemver(v, canonical(e.introduced)) >= 0;
    else if (affected && e.fixed !== undefined) affected = compareSemver(v, canonical(e.fixed)) < 0;
    else if (affected && e.last_affected !== undefined) affected = compareSemver(v, canonical(e.last_affected)) <= 0;
  }
  return affected;
}

function eventOrder(a: OsvEvent, b: OsvEvent): number {
  if (a.introduced === '0') return b.introduced === '0' ? 0 : -1;
  if (b.introduced === '0') return 1;
  return compareSemver(canonical(eventVersion(a)), canonical(eventVersion(b)));
}

function eventVersion(e: OsvEvent): string {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '';
}

/**
 * The lowest `fixed` version above `version` that the whole entry leaves unaffected, or "" when none.
 * govulncheck's `fixed_version` comes from one `affected` block only, and a later block
 * can still cover it (GO-2023-2185: fixed 1.20.11 in one block, affected again in the next).
 */
export function firstFixedVersion(osv: OsvEntry, modulePath: string, version: string): string {
  const v = canonical(version);
  const fixes = osv.affected
    .filter((a) => a.module === modulePath)
    .flatMap((a) => a.ranges.flatMap((r) => r.events.flatMap((e) => (e.fixed ? [canonical(e.fixed)] : []))))
    .filter((f) => compareSemver(f, v) > 0)
    .sort(compareSemver);
  return fixes.find((f) => !isAffected(osv, modulePath, f)) ?? '';
}
