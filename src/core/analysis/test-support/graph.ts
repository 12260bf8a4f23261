// Small GoGraphs built in memory for the analysis unit tests.
import { buildCsr, reverseCsr } from '../../model/csr';
import { markDirectImports } from '../../model/packages';
import type { GoGraph, ModuleNode, PackageNode } from '../../model/types';

export interface TestGraphSpec {
  /** Main module paths; the first ids. */
  mains: string[];
  /** Requirement edges `from to` between paths. */
  requires?: [string, string][];
  /** Extra fields per module path. */
  modules?: Record<string, Partial<ModuleNode>>;
  /** Packages: import path, owning module path, imports (import paths), optional test flag and test imports. */
  packages?: { path: string; module: string; imports?: string[]; test?: boolean; testImports?: string[] }[];
  packagesWithTests?: boolean;
}

/** Builds a GoGraph: modules are the mains, then every other path mentioned, sorted. */
export function testGraph(spec: TestGraphSpec): GoGraph {
  const edges = spec.requires ?? [];
  const mentioned = new Set([...edges.flat(), ...Object.keys(spec.modules ?? {}), ...(spec.packages ?? []).map((p) => p.module)]);
  const others = [...mentioned].filter((p) => !spec.mains.includes(p)).sort();
  const paths = [...spec.mains, ...others];
  const id = new Map(paths.map((p, i) => [p, i]));
  const modules: ModuleNode[] = paths.map((path, i) => ({
    id: i,
    path,
    version: spec.mains.includes(path) ? '' : 'v1.0.0',
    main: spec.mains.includes(path),
    versions: [],
    goMod: null,
    packageCount: 0,
    used: null,
    needed: null,
    whyPackages: [],
    testImportedByDeps: null,
    testImporters: [],
    directImport: null,
    ...spec.modules?.[path],
  }));
  const requires = buildCsr(paths.length, edges.map((e) => id.get(e[0])!), edges.map((e) => id.get(e[1])!));
  const pkgIds = new Map((spec.packages ?? []).map((p, i) => [p.path, i]));
  const packages: PackageNode[] | null = spec.packages
    ? spec.packages.map((p, i) => ({
        id: i,
        importPath: p.path,
        module: id.get(p.module)!,
        test: p.test ?? false,
        imports: (p.imports ?? []).map((q) => pkgIds.get(q)!),
        testImports: p.testImports ?? [],
      }))
    : null;
  // D comes from the packages as in the model build; the other package facts are given per module.
  if (packages) markDirectImports(packages, modules, id);
  return {
    modules,
    mainIds: spec.mains.map((_, i) => i),
    requires,
    requiredBy: reverseCsr(requires),
    imports: null,
    importsTestOnly: null,
    versionEdges: [],
    packages,
    packageCount: packages ? packages.length : null,
    packagesWithTests: spec.packagesWithTests ?? false,
    goMod: null,
    selectionMismatches: [],
    vulns: null,
    policy: null,
    inputs: [],
    diagnostics: [],
  };
}

/** A CSR over n nodes from `a b` pairs of ids. */
export function csrOf(n: number, edges: [number, number][]) {
  return buildCsr(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
}

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random graph of n nodes and about m edges, cycles included. */
export function randomEdges(n: number, m: number, seed: number): [number, number][] {
  const next = random(seed);
  return Array.from({ length: m }, () => [Math.floor(next() * n), Math.floor(next() * n)] as [number, number]);
}
