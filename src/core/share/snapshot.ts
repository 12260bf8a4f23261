// What a link carries: the graph data needed to rebuild what the sender saw, and the view.
import type { DirectImport, GoModListing, GoGraph, VersionEdge } from '../model/types';
import type { GoModReplace, GoModRequire } from '../parse/types';
import { isDirectoryPath } from '../analysis/findings/local-replace';
import { requirementGraph } from '../model/build';
import { shareInputs, type ShareInput } from './inputs';
import { normalizeView, type ShareView } from './view';

/** One module as a link carries it. */
export interface ShareModule {
  path: string;
  /** Selected version; "" for main modules. */
  version: string;
  main: boolean;
  /** Every version seen, in the graph's order (ascending). */
  versions: string[];
  goMod: GoModListing;
  listIndirect?: boolean;
  replace?: { path: string; version?: string };
  deprecated?: string;
  /** The update version of `go list -m -u`, and its release time. */
  update?: string;
  updateTime?: string;
  /** The go directive of the module's go.mod (go list -m `GoVersion`). */
  goVersion?: string;
  retracted?: string[];
  used: boolean | null;
  needed: boolean | null;
  testImportedByDeps: boolean | null;
  packageCount: number;
  /** The module facts the analyses read instead of packages and go mod why (package-facts.ts); absent when null or empty. */
  directImport?: DirectImport;
  testImporters?: string[];
  whyPackages?: string[];
}

/** A module-level import edge: weight = package import pairs. */
export interface ShareImport {
  from: number;
  to: number;
  weight: number;
  testOnly: boolean;
}

export interface ShareGoMod {
  module: string;
  go?: string;
  requires: GoModRequire[];
  /**
   * The replacements by a local directory, which local-replace reads (a module's replacement
   * is carried on the module too), and the tools the tidy rules exempt; absent when empty.
   */
  replaces?: GoModReplace[];
  tools?: string[];
}

/** Everything a link carries. Module references are indices into `modules`. */
export interface ShareSnapshot {
  modules: ShareModule[];
  versionEdges: VersionEdge[];
  /** Module-level requirements, only when they cannot be rebuilt from versionEdges and goMod (vendored input); else null. */
  requires: [number, number][] | null;
  imports: ShareImport[] | null;
  /** Packages the sender's go list -deps gave; absent when it was not loaded. */
  packageCount?: number;
  goMod: ShareGoMod | null;
  /** The kinds of input the sender had loaded (analyses check them). */
  inputs: ShareInput[];
  view: ShareView;
}

/** The snapshot of a loaded graph and the current view. */
export function snapshotFromGraph(graph: GoGraph, view: ShareView): ShareSnapshot {
  const modules = graph.modules.map((m): ShareModule => {
    const s: ShareModule = {
      path: m.path,
      version: m.version,
      main: m.main,
      versions: [...m.versions],
      goMod: m.goMod,
      used: m.used,
      needed: m.needed,
      testImportedByDeps: m.testImportedByDeps,
      packageCount: m.packageCount,
    };
    if (m.listIndirect !== undefined) s.listIndirect = m.listIndirect;
    if (m.replace) s.replace = m.replace.version === undefined ? { path: m.replace.path } : { path: m.replace.path, version: m.replace.version };
    if (m.deprecated !== undefined) s.deprecated = m.deprecated;
    if (m.update) s.update = m.update.version;
    if (m.update?.time !== undefined) s.updateTime = m.update.time;
    if (m.goVersion !== undefined) s.goVersion = m.goVersion;
    if (m.retracted) s.retracted = [...m.retracted];
    if (m.directImport) s.directImport = { ...m.directImport };
    if (m.testImporters.length > 0) s.testImporters = [...m.testImporters];
    if (m.whyPackages.length > 0) s.whyPackages = [...m.whyPackages];
    return s;
  });
  const localReplaces = (graph.goMod?.replaces ?? []).filter((r) => isDirectoryPath(r.newPath)).map((r) => ({ ...r }));
  const goMod: ShareGoMod | null = graph.goMod && {
    module: graph.goMod.module,
    ...(graph.goMod.go !== undefined ? { go: graph.goMod.go } : {}),
    requires: graph.goMod.requires.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect })),
    ...(localReplaces.length > 0 ? { replaces: localReplaces } : {}),
    ...(graph.goMod.tools.length > 0 ? { tools: [...graph.goMod.tools] } : {}),
  };
  const versionEdges = graph.versionEdges.map((e) => ({ ...e }));
  const rebuilt = requirementGraph(graph.modules, graph.versionEdges, graph.goMod, [], new Map(graph.modules.map((m) => [m.path, m.id])));
  const snapshot: ShareSnapshot = {
    modules,
    versionEdges,
    requires: sameCsr(rebuilt, graph.requires) ? null : csrEdges(graph.requires).map(([a, b]) => [a, b]),
    imports: graph.imports && csrEdges(graph.imports).map(([from, to, e]) => ({ from, to, weight: graph.imports?.weights?.[e] ?? 1, testOnly: graph.importsTestOnly?.[e] === 1 })),
    goMod,
    inputs: shareInputs(graph.inputs),
    view: normalizeView(view),
  };
  if (graph.packageCount !== null) snapshot.packageCount = graph.packageCount;
  return snapshot;
}

/** The edges of a CSR as [from, to, edge index]. */
export function csrEdges(csr: { offsets: Int32Array; targets: Int32Array }): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 1 < csr.offsets.length; i++) for (let e = csr.offsets[i]; e < csr.offsets[i + 1]; e++) out.push([i, csr.targets[e], e]);
  return out;
}

function sameCsr(a: { offsets: Int32Array; targets: Int32Array }, b: { offsets: Int32Array; targets: Int32Array }): boolean {
  const eq = (x: Int32Array, y: Int32Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(a.offsets, b.offsets) && eq(a.targets, b.targets);
}
