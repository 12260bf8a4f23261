// The whole payload, before deflate: version table, modules, version edges,
// then the optional sections (requirements override, imports, go.mod) and the view.
import type { VersionEdge } from '../model/types';
import { ByteReader, ByteWriter, ShareFormatError } from './bytes';
import { readEdgeRuns, writeEdgeRuns } from './edge-runs';
import type { ShareLimits } from './limits';
import { readModules, writeModules } from './module-columns';
import type { ShareGoMod, ShareImport, ShareSnapshot } from './snapshot';
import { versionDecoder, versionEncoder } from './version-codes';
import { readVersionTable, writeVersionTable } from './versions';
import { normalizeInputs } from './inputs';
import { normalizeView } from './view';

const HAS_REQUIRES = 1;
const HAS_IMPORTS = 2;
const HAS_GO_MOD = 4;

function allVersions(s: ShareSnapshot): string[] {
  const out: string[] = [];
  for (const m of s.modules) out.push(m.version, ...m.versions, ...(m.update !== undefined ? [m.update] : []), ...(m.replace?.version !== undefined ? [m.replace.version] : []));
  for (const e of s.versionEdges) out.push(e.fromVersion, e.toVersion);
  for (const r of s.goMod?.requires ?? []) out.push(r.version);
  return out;
}

/** Serialises a snapshot (uncompressed). */
export function writePayload(s: ShareSnapshot): Uint8Array {
  const w = new ByteWriter();
  const table = writeVersionTable(w, allVersions(s));
  writeModules(w, s.modules, table);
  const code = versionEncoder(s.modules.map((m) => m.versions), table);
  const edges = s.versionEdges;
  const starts = writeEdgeRuns(w, edges.map((e) => e.from), edges.map((e) => e.to), (i) => edges[i].fromVersion !== edges[i - 1].fromVersion);
  for (const i of starts) w.uint(code(edges[i].fromVersion, edges[i].from));
  for (const e of edges) w.uint(code(e.toVersion, e.to));
  w.byte((s.requires ? HAS_REQUIRES : 0) | (s.imports ? HAS_IMPORTS : 0) | (s.goMod ? HAS_GO_MOD : 0));
  if (s.requires) writeEdgeRuns(w, s.requires.map((e) => e[0]), s.requires.map((e) => e[1]));
  if (s.imports) {
    writeEdgeRuns(w, s.imports.map((e) => e.from), s.imports.map((e) => e.to));
    for (const e of s.imports) w.uint(e.weight);
    for (const e of s.imports) w.byte(e.testOnly ? 1 : 0);
  }
  if (s.goMod) writeGoMod(w, s.goMod, s.modules.map((m) => m.path), table);
  w.string(JSON.stringify(s.inputs));
  w.string(JSON.stringify(s.view));
  return w.finish();
}

function writeGoMod(w: ByteWriter, g: ShareGoMod, paths: string[], table: Map<string, number>) {
  const ids = new Map(paths.map((p, i) => [p, i]));
  w.string(g.module);
  w.byte(g.go === undefined ? 0 : 1);
  if (g.go !== undefined) w.string(g.go);
  w.uint(g.requires.length);
  for (const r of g.requires) {
    // Almost every requirement is a module of the graph: its id, not its path.
    const id = ids.get(r.path);
    w.uint(id === undefined ? 0 : id + 1);
    if (id === undefined) w.string(r.path);
    w.uint(table.get(r.version)!);
    w.byte(r.indirect ? 1 : 0);
  }
}

/** Parses a payload; throws ShareFormatError with a message on anything malformed or past the limits. */
export function readPayload(data: Uint8Array, limits: ShareLimits): ShareSnapshot {
  const r = new ByteReader(data, limits.maxStringLength);
  const table = readVersionTable(r, limits.maxVersions, limits.maxStringLength);
  const modules = readModules(r, table, limits);
  const n = modules.length;
  const decode = versionDecoder(modules.map((m) => m.versions), table);
  const runs = readEdgeRuns(r, n, limits.maxEdges, 'version edges');
  const fromVersions = runs.starts.map((i) => decode(r.uint(), runs.from[i]));
  let run = -1;
  const versionEdges = runs.from.map((from, i): VersionEdge => {
    if (runs.starts[run + 1] === i) run++;
    return { from, fromVersion: fromVersions[run], to: runs.to[i], toVersion: decode(r.uint(), runs.to[i]) };
  });
  const sections = r.byte();
  if (sections > 7) throw new ShareFormatError(`unknown sections ${sections}`);
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
  const goMod = sections & HAS_GO_MOD ? readGoMod(r, modules.map((m) => m.path), table, limits) : null;
  const inputs = normalizeInputs(JSON.parse(r.string()));
  const view = normalizeView(JSON.parse(r.string()));
  r.end();
  return { modules, versionEdges, requires, imports, goMod, inputs, view };
}

function readGoMod(r: ByteReader, paths: string[], table: string[], limits: ShareLimits): ShareGoMod {
  const module = r.string();
  const go = r.index(2, 'go line flag') === 1 ? r.string() : undefined;
  const count = r.count(limits.maxEdges, 'go.mod requirements', 3);
  const requires = Array.from({ length: count }, () => {
    const ref = r.index(paths.length + 1, 'go.mod requirement module');
    const path = ref === 0 ? r.string() : paths[ref - 1];
    return { path, version: table[r.index(table.length, 'go.mod requirement version')], indirect: r.index(2, 'indirect flag') === 1 };
  });
  return go === undefined ? { module, requires } : { module, go, requires };
}
