// The package graph of `go list -deps [-test] -json` and what it says about
// modules: which are used, how many packages they have, who imports whom.
import type { ListedPackage } from '../parse/types';
import { buildCsr, edgeIndex } from './csr';
import type { Csr, ModuleNode, PackageNode } from './types';

/** How many dependency packages a module keeps as test-of-dependency evidence. */
export const TEST_IMPORTERS_KEPT = 3;

export interface PackageGraph {
  packages: PackageNode[];
  imports: Csr;
  importsTestOnly: Uint8Array;
  withTests: boolean;
}

/** Strips a test variant's bracket suffix: `p [p.test]` -> `p`. */
export function basePackagePath(importPath: string): string {
  // By hand, not by a regular expression: it runs for every package and import of a large load.
  if (!importPath.endsWith(']')) return importPath;
  const open = importPath.lastIndexOf(' [');
  return open >= 0 && open < importPath.length - 3 && importPath.indexOf(']', open) === importPath.length - 1 ? importPath.slice(0, open) : importPath;
}

function isTestPackage(p: ListedPackage): boolean {
  return p.forTest !== undefined || basePackagePath(p.importPath) !== p.importPath || p.importPath.endsWith('.test');
}

/**
 * Builds package nodes (std packages are dropped: they never import modules)
 * and the module-level import graph, weight = distinct package import pairs.
 * NOTE: mutates the module nodes' used/packageCount/testImportedByDeps/testImporters/directImport.
 */
export function buildPackageGraph(listed: ListedPackage[], modules: ModuleNode[], index: Map<string, number>, withTests: boolean): PackageGraph {
  const kept = dedupe(listed).filter((p) => !p.standard);
  const ids = new Map(kept.map((p, i) => [p.importPath, i]));
  const packages: PackageNode[] = kept.map((p, id) => {
    const node: PackageNode = {
      id,
      importPath: p.importPath,
      module: p.module ? (index.get(p.module.path) ?? -1) : -1,
      test: isTestPackage(p),
      imports: p.imports.map((i) => ids.get(i) ?? -1).filter((i) => i >= 0),
      testImports: [...(p.testImports ?? []), ...(p.xTestImports ?? [])],
    };
    if (p.error) node.error = p.error;
    return node;
  });

  markModules(packages, modules);
  markTestImports(packages, modules, index);
  markDirectImports(packages, modules, index);
  return { packages, withTests, ...moduleImports(packages, modules.length) };
}

function dedupe(listed: ListedPackage[]): ListedPackage[] {
  const seen = new Set<string>();
  return listed.filter((p) => !seen.has(p.importPath) && seen.add(p.importPath));
}

function markModules(packages: PackageNode[], modules: ModuleNode[]) {
  const perModule = new Map<number, Set<string>>();
  for (const m of modules) m.used = m.main ? true : false;
  for (const p of packages) {
    if (p.module < 0) continue;
    modules[p.module].used = true;
    if (p.importPath.endsWith('.test') && !p.importPath.includes(' ')) continue;
    let set = perModule.get(p.module);
    if (!set) perModule.set(p.module, (set = new Set()));
    set.add(basePackagePath(p.importPath));
  }
  for (const [id, set] of perModule) modules[id].packageCount = set.size;
}

// GO-FORMATS 5e: a module provides an import path by longest prefix on `/` boundaries.
function markTestImports(packages: PackageNode[], modules: ModuleNode[], index: Map<string, number>) {
  for (const m of modules) {
    m.testImportedByDeps = false;
    m.testImporters = [];
  }
  for (const p of packages) {
    if (p.test || p.module < 0 || modules[p.module].main) continue;
    for (const imp of p.testImports) {
      const owner = moduleOfImportPath(imp, index);
      if (owner < 0 || owner === p.module) continue;
      const m = modules[owner];
      m.testImportedByDeps = true;
      if (m.testImporters.length < TEST_IMPORTERS_KEPT && m.testImporters[m.testImporters.length - 1] !== p.importPath) m.testImporters.push(p.importPath);
    }
  }
}

/**
 * D of GO-FORMATS 5, with its evidence: for each module, the first main-module package
 * (test variants and test mains included) importing one of its packages, or, failing
 * that, naming one in its TestImports/XTestImports (so test-only imports count without -test).
 */
export function markDirectImports(packages: PackageNode[], modules: ModuleNode[], index: Map<string, number>) {
  for (const m of modules) m.directImport = null;
  const mark = (id: number, importer: string, imported: string, testFile: boolean) => {
    if (id >= 0 && !modules[id].main && !modules[id].directImport) modules[id].directImport = { importer, imported, testFile };
  };
  for (const p of packages) {
    if (p.module < 0 || !modules[p.module].main) continue;
    // A package's own imports are the better evidence, so they go first.
    for (const q of p.imports) mark(packages[q].module, p.importPath, packages[q].importPath, false);
    for (const imp of p.testImports) mark(moduleOfImportPath(imp, index), p.importPath, imp, true);
  }
}

/** The module that provides an import path (longest module-path prefix), or -1. */
export function moduleOfImportPath(importPath: string, index: Map<string, number>): number {
  let path = importPath;
  for (;;) {
    const id = index.get(path);
    if (id !== undefined) return id;
    const slash = path.lastIndexOf('/');
    if (slash < 0) return -1;
    path = path.slice(0, slash);
  }
}

// Counts each (importer, imported) base-package pair once, so test variants that
// recompile a package do not inflate the weight; an edge is test-only when no
// non-test package makes it. Pairs are keyed by number: a large load has millions.
function moduleImports(packages: PackageNode[], n: number): { imports: Csr; importsTestOnly: Uint8Array } {
  const base = baseIds(packages);
  const bases = packages.length;
  const pairs = new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  const test: boolean[] = [];
  for (const p of packages) {
    if (p.module < 0) continue;
    for (const q of p.imports) {
      const target = packages[q].module;
      if (target < 0 || target === p.module) continue;
      const key = base[p.id] * bases + base[q];
      const seen = pairs.get(key);
      if (seen === undefined) {
        pairs.set(key, from.length);
        from.push(p.module);
        to.push(target);
        test.push(p.test);
      } else if (!p.test) test[seen] = false;
    }
  }
  const imports = buildCsr(n, from, to, from.map(() => 1));
  const nonTest = buildCsr(n, from.filter((_, e) => !test[e]), to.filter((_, e) => !test[e]));
  const importsTestOnly = new Uint8Array(imports.targets.length);
  for (let i = 0; i < n; i++) {
    for (let e = imports.offsets[i]; e < imports.offsets[i + 1]; e++) {
      importsTestOnly[e] = edgeIndex(nonTest, i, imports.targets[e]) < 0 ? 1 : 0;
    }
  }
  return { imports, importsTestOnly };
}

/** Per package, a number shared by the package and its test variants (its base path). */
function baseIds(packages: PackageNode[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(packages.length);
  for (const p of packages) {
    const path = basePackagePath(p.importPath);
    let id = ids.get(path);
    if (id === undefined) ids.set(path, (id = ids.size));
    out[p.id] = id;
  }
  return out;
}
