// The whole payload, before deflate: module paths (first, nearest the preset
// dictionary), the version table, the modules' fields and package facts, version
// edges, then the optional sections (requirements override, imports, package count,
// go.mod) and the view.
// The table lists versions in order of first mention, so the writer builds the
// body first and puts the table before it.
import { ByteReader, ByteWriter, ShareFormatError } from './bytes';
import { readEdgeRuns, writeEdgeRuns } from './edge-runs';
import { readGoMod, writeGoMod } from './go-mod-section';
import type { ShareLimits } from './limits';
import { readModules, writeModules } from './module-columns';
import { readPackageFacts, writePackageFacts } from './package-facts';
import { readPaths, writePaths } from './module-paths';
import type { ShareImport, ShareSnapshot } from './snapshot';
import { VersionRefReader, VersionRefs, versionDecoder, versionEncoder } from './version-codes';
import { readVersionEdges, writeVersionEdges } from './version-edges';
import { readVersions, writeVersions } from './versions';
import { normalizeInputs } from './inputs';
import { normalizeView } from './view';

const HAS_REQUIRES = 1;
const HAS_IMPORTS = 2;
const HAS_GO_MOD = 4;
const HAS_PACKAGES = 8;

/** Serialises a snapshot: the payload to deflate, and the pseudo-version hashes to keep beside it. */
export function writePayload(s: ShareSnapshot): { payload: Uint8Array; hashes: Uint8Array } {
  const refs = new VersionRefs();
  const w = new ByteWriter();
  writeModules(w, s.modules, refs);
  writePackageFacts(w, s.modules);
  const code = versionEncoder(s.modules.map((m) => m.versions), refs);
  writeVersionEdges(w, s.modules, s.versionEdges, code);
  const packages = s.packageCount !== undefined;
  w.byte((s.requires ? HAS_REQUIRES : 0) | (s.imports ? HAS_IMPORTS : 0) | (s.goMod ? HAS_GO_MOD : 0) | (packages ? HAS_PACKAGES : 0));
  if (s.requires) writeEdgeRuns(w, s.requires.map((e) => e[0]), s.requires.map((e) => e[1]));
  if (s.imports) {
    writeEdgeRuns(w, s.imports.map((e) => e.from), s.imports.map((e) => e.to));
    for (const e of s.imports) w.uint(e.weight);
    for (const e of s.imports) w.byte(e.testOnly ? 1 : 0);
  }
  if (packages) w.uint(s.packageCount!);
  if (s.goMod) writeGoMod(w, s.goMod, s.modules.map((m) => m.path), code, refs);
  w.string(JSON.stringify(s.inputs));
  w.string(JSON.stringify(s.view));
  const head = new ByteWriter();
  head.uint(s.modules.length);
  writePaths(head, s.modules.map((m) => m.path));
  const hashes = new ByteWriter();
  writeVersions(head, hashes, refs.table);
  head.bytes(w.finish());
  return { payload: head.finish(), hashes: hashes.finish() };
}

/** Parses a payload; throws ShareFormatError with a message on anything malformed or past the limits. */
export function readPayload(data: Uint8Array, hashData: Uint8Array, limits: ShareLimits): ShareSnapshot {
  const r = new ByteReader(data, limits.maxStringLength);
  const hashes = new ByteReader(hashData, 0);
  const n = r.count(limits.maxModules, 'modules', 7);
  const paths = readPaths(r, n, limits.maxStringLength);
  const refs = new VersionRefReader(readVersions(r, hashes, limits.maxVersions, limits.maxStringLength));
  const modules = readModules(r, paths, refs, limits);
  readPackageFacts(r, modules, limits);
  const decode = versionDecoder(modules.map((m) => m.versions), refs);
  const versionEdges = readVersionEdges(r, modules, decode, limits);
  const sections = r.byte();
  if (sections > 15) throw new ShareFormatError(`unknown sections ${sections}`);
  let requires: [number, number][] | null = null;
  if (sections & HAS_REQUIRES) {
    const req = readEdgeRuns(r, n, limits.maxEdges, 'requirements');
    requires = req.from.map((from, i) => [from, req.to[i]]);
  }
  let imports: ShareImport[] | null = null;
  if (sections & HAS_IMPORTS) {
    const imp = readEdgeRuns(r, n, limits.maxEdges, 'imports');
    const weights = imp.from.map(() => r.uint());
    imports = imp.from.map((from, i) => ({ from, to: imp.to[i], weight: weights[i], testOnly: r.index(2, 'test-only flag') === 1 }));
  }
  const packageCount = sections & HAS_PACKAGES ? r.uint() : undefined;
  const goMod = sections & HAS_GO_MOD ? readGoMod(r, paths, decode, refs, limits) : null;
  const inputs = normalizeInputs(JSON.parse(r.string()));
  const view = normalizeView(JSON.parse(r.string()));
  r.end();
  hashes.end();
  refs.end();
  const snapshot: ShareSnapshot = { modules, versionEdges, requires, imports, goMod, inputs, view };
  if (packageCount !== undefined) snapshot.packageCount = packageCount;
  return snapshot;
}
