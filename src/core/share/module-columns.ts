// The modules section (after the paths, which payload.ts writes first): one column per field.
import type { GoModListing } from '../model/types';
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';
import type { ShareLimits } from './limits';
import { readReleaseTime, writeReleaseTime } from './release-times';
import type { ShareModule } from './snapshot';
import { versionDecoder, versionEncoder, type VersionRefReader, type VersionRefs } from './version-codes';

const LISTINGS: GoModListing[] = [null, 'direct', 'indirect', 'absent'];
const TRISTATE = [null, false, true] as const;
const HAS_REPLACE = 1 << 11;
const HAS_DEPRECATED = 1 << 12;
const HAS_UPDATE = 1 << 13;
const HAS_RETRACTED = 1 << 14;
const HAS_GO_VERSION = 1 << 15;

function tri(x: boolean | null | undefined): number {
  return x === null || x === undefined ? 0 : x ? 2 : 1;
}

function flagsOf(m: ShareModule): number {
  return (
    (m.main ? 1 : 0) |
    (LISTINGS.indexOf(m.goMod) << 1) |
    (tri(m.listIndirect) << 3) |
    (tri(m.used) << 5) |
    (tri(m.needed) << 7) |
    (tri(m.testImportedByDeps) << 9) |
    (m.replace ? HAS_REPLACE : 0) |
    (m.deprecated !== undefined ? HAS_DEPRECATED : 0) |
    (m.update !== undefined ? HAS_UPDATE : 0) |
    (m.retracted ? HAS_RETRACTED : 0) |
    (m.goVersion !== undefined ? HAS_GO_VERSION : 0)
  );
}

/** Writes the modules' fields (not their paths); versions become references of `refs`. */
export function writeModules(w: ByteWriter, modules: readonly ShareModule[], refs: VersionRefs) {
  const code = versionEncoder(modules.map((m) => m.versions), refs);
  // The 16 flag bits as two byte columns: each is the same for most modules, which deflate packs into runs.
  for (const m of modules) w.byte(flagsOf(m));
  for (const m of modules) w.byte(flagsOf(m) >> 8);
  for (const m of modules) w.uint(m.packageCount);
  for (const m of modules) w.uint(m.versions.length);
  for (const m of modules) for (const v of m.versions) w.uint(refs.ref(v));
  modules.forEach((m, i) => w.uint(code(m.version, i)));
  modules.forEach((m, i) => {
    if (!m.replace) return;
    w.string(m.replace.path);
    w.uint(m.replace.version === undefined ? 0 : code(m.replace.version, i) + 1);
  });
  for (const m of modules) if (m.deprecated !== undefined) w.string(m.deprecated);
  modules.forEach((m, i) => { if (m.update !== undefined) w.uint(code(m.update, i)); });
  for (const m of modules) if (m.update !== undefined) writeReleaseTime(w, m.updateTime);
  for (const m of modules) {
    if (!m.retracted) continue;
    w.uint(m.retracted.length);
    for (const s of m.retracted) w.string(s);
  }
  for (const m of modules) if (m.goVersion !== undefined) w.string(m.goVersion);
}

function flag<T>(values: readonly T[], bits: number, what: string): T {
  if (bits >= values.length) throw new ShareFormatError(`${what} has the unknown value ${bits}`);
  return values[bits];
}

/** Reads the fields of the modules with these paths, resolving versions with `refs`. */
export function readModules(r: ByteReader, paths: readonly string[], refs: VersionRefReader, limits: ShareLimits): ShareModule[] {
  const low = paths.map(() => r.byte());
  const flags = low.map((b) => b | (r.byte() << 8));
  const packageCounts = paths.map(() => r.uint());
  const counts = paths.map(() => r.count(limits.maxVersions, 'versions of one module'));
  const lists = counts.map((c) => Array.from({ length: c }, () => refs.version(r.uint())));
  const decode = versionDecoder(lists, refs);
  const modules = paths.map((path, i): ShareModule => {
    const f = flags[i];
    const m: ShareModule = {
      path,
      version: decode(r.uint(), i),
      main: (f & 1) === 1,
      versions: lists[i],
      goMod: LISTINGS[(f >> 1) & 3],
      used: flag(TRISTATE, (f >> 5) & 3, 'used'),
      needed: flag(TRISTATE, (f >> 7) & 3, 'needed'),
      testImportedByDeps: flag(TRISTATE, (f >> 9) & 3, 'testImportedByDeps'),
      packageCount: packageCounts[i],
    };
    const listIndirect = flag(TRISTATE, (f >> 3) & 3, 'listIndirect');
    if (listIndirect !== null) m.listIndirect = listIndirect;
    return m;
  });
  modules.forEach((m, i) => {
    if (!(flags[i] & HAS_REPLACE)) return;
    const path = r.string();
    const v = r.uint();
    m.replace = v === 0 ? { path } : { path, version: decode(v - 1, i) };
  });
  modules.forEach((m, i) => { if (flags[i] & HAS_DEPRECATED) m.deprecated = r.string(); });
  modules.forEach((m, i) => { if (flags[i] & HAS_UPDATE) m.update = decode(r.uint(), i); });
  modules.forEach((m, i) => {
    if (!(flags[i] & HAS_UPDATE)) return;
    const time = readReleaseTime(r);
    if (time !== undefined) m.updateTime = time;
  });
  modules.forEach((m, i) => {
    if (flags[i] & HAS_RETRACTED) m.retracted = Array.from({ length: r.count(limits.maxVersions, 'retractions') }, () => r.string());
  });
  modules.forEach((m, i) => { if (flags[i] & HAS_GO_VERSION) m.goVersion = r.string(); });
  return modules;
}
