// The go.mod section of a payload: the main module, its go line, its requirements
// (modules of the graph by id, versions coded against them), directory replacements and tools.
import type { GoModReplace } from '../parse/types';
import type { ByteReader, ByteWriter } from './bytes';
import type { ShareLimits } from './limits';
import type { ShareGoMod } from './snapshot';
import type { VersionRefReader, VersionRefs } from './version-codes';

/** Writes go.mod; `code` codes a version against module `module`'s list. */
export function writeGoMod(w: ByteWriter, g: ShareGoMod, paths: string[], code: (version: string, module: number) => number, refs: VersionRefs) {
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
    w.uint(id === undefined ? refs.ref(r.version) : code(r.version, id));
    w.byte(r.indirect ? 1 : 0);
  }
  const replaces = g.replaces ?? [];
  w.uint(replaces.length);
  for (const r of replaces) {
    w.byte((r.oldVersion !== undefined ? 1 : 0) | (r.newVersion !== undefined ? 2 : 0));
    w.string(r.oldPath);
    if (r.oldVersion !== undefined) w.string(r.oldVersion);
    w.string(r.newPath);
    if (r.newVersion !== undefined) w.string(r.newVersion);
  }
  const tools = g.tools ?? [];
  w.uint(tools.length);
  for (const t of tools) w.string(t);
}

/** Reads what writeGoMod wrote. */
export function readGoMod(r: ByteReader, paths: readonly string[], decode: (code: number, module: number) => string, refs: VersionRefReader, limits: ShareLimits): ShareGoMod {
  const module = r.string();
  const go = r.index(2, 'go line flag') === 1 ? r.string() : undefined;
  const count = r.count(limits.maxEdges, 'go.mod requirements', 3);
  const requires = Array.from({ length: count }, () => {
    const ref = r.index(paths.length + 1, 'go.mod requirement module');
    const path = ref === 0 ? r.string() : paths[ref - 1];
    const version = ref === 0 ? refs.version(r.uint()) : decode(r.uint(), ref - 1);
    return { path, version, indirect: r.index(2, 'indirect flag') === 1 };
  });
  const replaces = Array.from({ length: r.count(limits.maxEdges, 'go.mod replacements', 3) }, (): GoModReplace => {
    const versions = r.index(4, 'replacement versions');
    const oldPath = r.string();
    const oldVersion = versions & 1 ? r.string() : undefined;
    const newPath = r.string();
    const newVersion = versions & 2 ? r.string() : undefined;
    return { oldPath, ...(oldVersion !== undefined ? { oldVersion } : {}), newPath, ...(newVersion !== undefined ? { newVersion } : {}) };
  });
  const tools = Array.from({ length: r.count(limits.maxEdges, 'go.mod tools') }, () => r.string());
  return {
    module,
    ...(go !== undefined ? { go } : {}),
    requires,
    ...(replaces.length > 0 ? { replaces } : {}),
    ...(tools.length > 0 ? { tools } : {}),
  };
}
