// What every finding rule shares: its shape, which inputs are loaded, and the
// sets of GO-FORMATS 5 (R, U, D) read off the model's module facts.
import { moduleOfImportPath } from '../../model/packages';
import type { GoGraph, ModuleNode } from '../../model/types';
import type { InputKind } from '../../parse/types';
import type { Finding, FindingKind } from '../types';

/** One finding kind: whether its inputs are loaded, and the findings. */
export interface FindingRule {
  kind: FindingKind;
  /** true when the inputs it needs are loaded; otherwise what to add. */
  available(graph: GoGraph): true | string;
  find(graph: GoGraph): Finding[];
}

export const ADD_PACKAGES = 'add `go list -e -deps -test -json ./...`';
export const ADD_GRAPH = 'add `go mod graph`';
export const ADD_UPDATES = 'add `go list -m -u -json all`';
const ADD_REQUIREMENTS = 'add go.mod (or `go mod graph` with `go list -m -json all`)';

/** go list -deps sees one GOOS/GOARCH and tag set; go mod why sees them all. */
export const ONE_PLATFORM = 'go list -deps covers one GOOS/GOARCH and build-tag set: confirm with `go mod why -m` (add `go mod why -m all` to settle it)';

export function hasInput(graph: GoGraph, kind: InputKind): boolean {
  return graph.inputs.some((i) => i.kind === kind);
}

/** `go mod why -m` output is loaded. */
export function whyLoaded(graph: GoGraph): boolean {
  return graph.modules.some((m) => m.needed !== null);
}

/** r is in R, the main go.mod's requirements. */
export function required(m: ModuleNode): boolean {
  return m.goMod === 'direct' || m.goMod === 'indirect';
}

/** R and its direct/indirect labels are known. */
export function requirementsKnown(graph: GoGraph): true | string {
  return graph.modules.some((m) => !m.main && m.goMod !== null) ? true : ADD_REQUIREMENTS;
}

/** The inputs R came from. */
export function requirementInputs(graph: GoGraph): InputKind[] {
  return graph.goMod ? ['go-mod'] : ['go-mod-graph', 'go-list-m'];
}

/** `path version`, or the path alone when the version is unknown. */
export function label(m: ModuleNode): string {
  return m.version ? `${m.path} ${m.version}` : m.path;
}

/** The go.mod require line of m, as evidence. */
export function requireLine(graph: GoGraph, m: ModuleNode): string {
  const version = graph.goMod?.requires.find((r) => r.path === m.path)?.version ?? m.version;
  return `go.mod: require ${m.path} ${version}${m.goMod === 'indirect' ? ' // indirect' : ''}`;
}

/** go mod why's answer for m, as evidence. */
export function whyLine(m: ModuleNode): string {
  return m.needed ? `go mod why -m: ${m.whyPackages.join(' > ')}` : `go mod why -m: (main module does not need module ${m.path})`;
}

const indexes = new WeakMap<ModuleNode[], Map<string, number>>();

/** Module path -> id (memoised per module table). */
export function moduleIndex(graph: GoGraph): Map<string, number> {
  let index = indexes.get(graph.modules);
  if (!index) indexes.set(graph.modules, (index = new Map(graph.modules.map((m) => [m.path, m.id]))));
  return index;
}

/** `go list -deps` was loaded (directly, or by the sender of a link): the package-based facts of the modules are known. */
export function packagesLoaded(graph: GoGraph): boolean {
  return graph.packageCount !== null;
}

/** The main-module package that imports m directly (m is in D), as evidence; null when none. */
export function directImportLine(m: ModuleNode): string | null {
  const d = m.directImport;
  if (!d) return null;
  return d.testFile ? `a _test.go file of ${d.importer} imports ${d.imported}` : `${d.importer} imports ${d.imported}`;
}

/** Go's own path shows a main package (or its test) importing the module directly. */
export function whyShowsDirect(m: ModuleNode): boolean {
  const p = m.whyPackages;
  return p.length === 2 || (p.length === 3 && p[1] === `${p[0]}.test`);
}

/** Go's path runs through the test of a dependency's package (GO-FORMATS 5e); that `X.test` line, or null. */
export function whyThroughDependencyTest(graph: GoGraph, m: ModuleNode): string | null {
  const index = moduleIndex(graph);
  return m.whyPackages.find((p) => p.endsWith('.test') && !graph.modules[moduleOfImportPath(p.slice(0, -'.test'.length), index)]?.main) ?? null;
}

/** Modules providing a Go 1.24 `tool` package: in "all", though go list ./... does not load them. */
export function toolModules(graph: GoGraph): Set<number> {
  const index = moduleIndex(graph);
  return new Set((graph.goMod?.tools ?? []).map((t) => moduleOfImportPath(t, index)).filter((id) => id >= 0));
}

/** The modules requiring m (edges out of selected versions), as `path@version`. */
export function requirers(graph: GoGraph, id: number): string[] {
  const { requiredBy, modules } = graph;
  const out: string[] = [];
  for (let e = requiredBy.offsets[id]; e < requiredBy.offsets[id + 1]; e++) {
    const from = modules[requiredBy.targets[e]];
    out.push(from.version ? `${from.path}@${from.version}` : from.path);
  }
  return out;
}

/** `go list -m -u` (or -retracted) output is loaded: some module carries update, deprecation or retraction data. */
export function updatesLoaded(graph: GoGraph): true | string {
  return graph.modules.some((m) => m.update || m.deprecated || m.retracted) ? true : `${ADD_UPDATES} (no module carries update data)`;
}

/** "direct" / "indirect" / "not in go.mod" for messages; empty when unknown. */
export function listingNote(m: ModuleNode): string {
  return m.goMod === 'direct' ? ' (direct)' : m.goMod === 'indirect' ? ' (indirect)' : m.goMod === 'absent' ? ' (not in go.mod)' : '';
}
