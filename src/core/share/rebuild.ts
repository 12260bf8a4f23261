// A GoGraph from a decoded link: the same modules, edges and module-level
// requirements as the sender's graph. Links carry no packages, only the module
// facts derived from them, which is all the analyses read (except the packages
// importing each module and the import path of whyModule).
import { requirementGraph } from '../model/build';
import { buildCsr, edgeIndex, reverseCsr } from '../model/csr';
import type { Csr, GoGraph, ModuleNode } from '../model/types';
import type { GoModFile } from '../parse/types';
import { inputSummaries } from './inputs';
import type { ShareModule, ShareSnapshot } from './snapshot';

function toNode(m: ShareModule, id: number): ModuleNode {
  const node: ModuleNode = {
    id,
    path: m.path,
    version: m.version,
    main: m.main,
    versions: [...m.versions],
    goMod: m.goMod,
    packageCount: m.packageCount,
    used: m.used,
    needed: m.needed,
    whyPackages: m.whyPackages ? [...m.whyPackages] : [],
    testImportedByDeps: m.testImportedByDeps,
    testImporters: m.testImporters ? [...m.testImporters] : [],
    directImport: m.directImport ? { ...m.directImport } : null,
  };
  if (m.listIndirect !== undefined) node.listIndirect = m.listIndirect;
  if (m.replace) node.replace = { ...m.replace };
  if (m.deprecated !== undefined) node.deprecated = m.deprecated;
  if (m.update !== undefined) node.update = m.updateTime === undefined ? { version: m.update } : { version: m.update, time: m.updateTime };
  if (m.goVersion !== undefined) node.goVersion = m.goVersion;
  if (m.retracted) node.retracted = [...m.retracted];
  return node;
}

/** Rebuilds the graph a link describes; requirements come from the version edges exactly as the model builder derives them. */
export function graphFromSnapshot(s: ShareSnapshot): GoGraph {
  const modules = s.modules.map(toNode);
  const n = modules.length;
  const goMod: GoModFile | null = s.goMod && {
    module: s.goMod.module,
    ...(s.goMod.go !== undefined ? { go: s.goMod.go } : {}),
    requires: s.goMod.requires.map((r) => ({ ...r })),
    replaces: (s.goMod.replaces ?? []).map((r) => ({ ...r })),
    excludes: [],
    retracts: [],
    tools: [...(s.goMod.tools ?? [])],
  };
  const requires = s.requires
    ? buildCsr(n, s.requires.map((e) => e[0]), s.requires.map((e) => e[1]))
    : requirementGraph(modules, s.versionEdges, goMod, [], new Map(modules.map((m) => [m.path, m.id])));
  let imports: Csr | null = null;
  let importsTestOnly: Uint8Array | null = null;
  if (s.imports) {
    imports = buildCsr(n, s.imports.map((e) => e.from), s.imports.map((e) => e.to), s.imports.map((e) => e.weight));
    importsTestOnly = new Uint8Array(imports.targets.length);
    for (const e of s.imports) {
      const at = edgeIndex(imports, e.from, e.to);
      if (e.testOnly && at >= 0) importsTestOnly[at] = 1;
    }
  }
  return {
    modules,
    mainIds: modules.filter((m) => m.main).map((m) => m.id),
    requires,
    requiredBy: reverseCsr(requires),
    imports,
    importsTestOnly,
    versionEdges: s.versionEdges.map((e) => ({ ...e })),
    packages: null,
    packageCount: s.packageCount ?? null,
    packagesWithTests: s.inputs.some((i) => i.kind === 'go-list-deps' && i.withTests === true),
    goMod,
    selectionMismatches: [],
    vulns: null,
    policy: null,
    inputs: inputSummaries(s.inputs),
    diagnostics: [],
  };
}
