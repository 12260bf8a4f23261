// Collects every module the inputs mention and selects its version the way
// the go command does (MVS: the highest version seen in the requirement graph).
import { compareSemver } from '../semver';
import type { Diagnostic, GoModFile, ListedModule, ListedPackage, RequirementEdge, VendoredModule, WhyEntry } from '../parse/types';
import type { GoModListing, ModuleNode, SelectionMismatch } from './types';

export interface ModuleSources {
  listed: ListedModule[];
  edges: RequirementEdge[];
  packages: ListedPackage[];
  why: WhyEntry[];
  goMod: GoModFile | null;
  vendored: VendoredModule[];
}

export interface CollectedModules {
  modules: ModuleNode[];
  index: Map<string, number>;
  mainIds: number[];
  mismatches: SelectionMismatch[];
  diagnostics: Diagnostic[];
}

interface Draft {
  path: string;
  main: boolean;
  versions: Set<string>;
  graphVersion?: string;
  listed?: ListedModule;
  vendored?: VendoredModule;
  goModVersion?: string;
  packageVersion?: string;
}

/** Builds the module table: main modules first, then the rest sorted by path (go list -m order). */
export function collectModules(src: ModuleSources): CollectedModules {
  const drafts = new Map<string, Draft>();
  const mainOrder: string[] = [];
  const draft = (path: string): Draft => {
    let d = drafts.get(path);
    if (!d) drafts.set(path, (d = { path, main: false, versions: new Set() }));
    return d;
  };
  const markMain = (path: string) => {
    const d = draft(path);
    if (!d.main) mainOrder.push(path);
    d.main = true;
  };

  for (const m of src.listed) {
    const d = draft(m.path);
    d.listed = { ...d.listed, ...m };
    if (m.main) markMain(m.path);
    if (m.version) d.versions.add(m.version);
  }
  for (const e of src.edges) {
    if (e.fromVersion === '') markMain(e.from);
    else seeGraphVersion(draft(e.from), e.fromVersion);
    seeGraphVersion(draft(e.to), e.toVersion);
  }
  if (src.goMod) {
    markMain(src.goMod.module);
    for (const r of src.goMod.requires) {
      const d = draft(r.path);
      d.versions.add(r.version);
      if (!d.goModVersion || compareSemver(r.version, d.goModVersion) > 0) d.goModVersion = r.version;
    }
  }
  for (const v of src.vendored) {
    const d = draft(v.path);
    d.vendored = v;
    if (v.version) d.versions.add(v.version);
  }
  for (const p of src.packages) {
    if (!p.module) continue;
    if (p.module.main) markMain(p.module.path);
    const d = draft(p.module.path);
    if (p.module.version) {
      d.versions.add(p.module.version);
      d.packageVersion ??= p.module.version;
    }
  }

  const others = [...drafts.keys()].filter((p) => !drafts.get(p)!.main).sort(byteOrder);
  const order = [...mainOrder, ...others];
  const index = new Map(order.map((p, i) => [p, i]));
  const listing = goModListings(src, new Set(mainOrder));
  const mismatches: SelectionMismatch[] = [];
  const modules = order.map((path, id) => {
    const d = drafts.get(path)!;
    const node = toNode(d, id, listing(path));
    const listedVersion = d.listed?.version;
    if (!d.main && src.edges.length > 0 && src.listed.length > 0 && (d.graphVersion ?? '') !== (listedVersion ?? '') && !d.listed?.error) {
      mismatches.push({ path, graphVersion: d.graphVersion ?? '', listedVersion: listedVersion ?? '' });
    }
    return node;
  });
  const diagnostics = mismatches.map<Diagnostic>((m) => ({
    level: 'warning',
    source: 'selection',
    message: `${m.path}: go mod graph selects ${m.graphVersion || '(absent)'} but go list -m lists ${m.listedVersion || '(absent)'}: were both run on the same go.mod?`,
  }));
  return { modules, index, mainIds: mainOrder.map((_, i) => i), mismatches, diagnostics };
}

function seeGraphVersion(d: Draft, version: string) {
  d.versions.add(version);
  if (d.graphVersion === undefined || compareSemver(version, d.graphVersion) > 0) d.graphVersion = version;
}

// Byte order of ASCII module paths, as gover.ModSort prints them.
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function selectedVersion(d: Draft): string {
  if (d.main) return '';
  return d.graphVersion ?? d.listed?.version ?? d.vendored?.version ?? d.goModVersion ?? d.packageVersion ?? '';
}

function toNode(d: Draft, id: number, goMod: GoModListing): ModuleNode {
  const l = d.listed;
  const replace = l?.replace ?? d.vendored?.replace;
  const node: ModuleNode = {
    id,
    path: d.path,
    version: selectedVersion(d),
    main: d.main,
    versions: [...d.versions].sort(compareSemver),
    goMod: d.main ? null : goMod,
    packageCount: 0,
    used: null,
    needed: null,
    whyPackages: [],
    testImportedByDeps: null,
    testImporters: [],
    directImport: null,
  };
  if (l?.indirect !== undefined || (l && !l.main)) node.listIndirect = l.indirect === true;
  if (l?.version) node.listedVersion = l.version;
  if (replace) node.replace = replace;
  const goVersion = l?.goVersion ?? d.vendored?.goVersion;
  if (goVersion) node.goVersion = goVersion;
  if (l?.time) node.time = l.time;
  if (l?.update) node.update = l.update;
  if (l?.deprecated) node.deprecated = l.deprecated;
  if (l?.retracted?.length) node.retracted = l.retracted;
  if (l?.error) node.error = l.error;
  if (!l && d.graphVersion === undefined && !d.vendored && d.goModVersion === undefined) node.fromPackagesOnly = true;
  return node;
}

/**
 * How the main go.mod lists each path. go.mod text is exact; otherwise the
 * requirement graph gives the set R (edges out of a main module) and go list -m's
 * `Indirect` labels members of R only (GO-FORMATS 5: it is true for absent modules too).
 */
function goModListings(src: ModuleSources, mains: Set<string>): (path: string) => GoModListing {
  if (src.goMod) {
    const req = new Map(src.goMod.requires.map((r) => [r.path, r.indirect ? 'indirect' : 'direct'] as const));
    return (p) => req.get(p) ?? 'absent';
  }
  const fromMain = src.edges.filter((e) => e.fromVersion === '' && mains.has(e.from));
  if (fromMain.length > 0) {
    const roots = new Set(fromMain.map((e) => e.to));
    const indirect = new Map(src.listed.map((m) => [m.path, m.indirect === true]));
    return (p) => {
      if (!roots.has(p)) return 'absent';
      const ind = indirect.get(p);
      return ind === undefined ? null : ind ? 'indirect' : 'direct';
    };
  }
  if (src.listed.length > 0) {
    // Indirect:false means "a go.mod requirement without // indirect"; true is ambiguous.
    const direct = new Set(src.listed.filter((m) => !m.main && !m.indirect && !m.error).map((m) => m.path));
    return (p) => (direct.has(p) ? 'direct' : null);
  }
  if (src.vendored.length > 0) {
    const explicit = new Set(src.vendored.filter((v) => v.explicit).map((v) => v.path));
    return (p) => (explicit.has(p) ? null : 'absent');
  }
  return () => null;
}
