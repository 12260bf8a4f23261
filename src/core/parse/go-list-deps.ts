// `go list -deps [-test] -e -json ./...` objects -> ListedPackage (GO-FORMATS §3).
// Deps, Dir, GoFiles and the rest are dropped here: they dominate the size.
import { errorText, flag, obj, str, strings, type JsonObject } from './json-fields';
import type { JsonPiece } from './json-stream';
import type { Diagnostics } from './text';
import type { ListedPackage } from './types';

/** Converts the package objects of a stream; withTests tells whether test variants are present. */
export function parseGoListDeps(pieces: JsonPiece[], diags: Diagnostics): { packages: ListedPackage[]; withTests: boolean } {
  const packages: ListedPackage[] = [];
  let withTests = false;
  for (const piece of pieces) {
    const p = toListedPackage(piece.value as JsonObject);
    if (!p) {
      diags.atLine('error', piece.offset, 'expected a package object with a string "ImportPath", found none; skipped it');
      continue;
    }
    if (p.forTest !== undefined || isTestVariant(p.importPath)) withTests = true;
    packages.push(p);
  }
  return { packages, withTests };
}

/** One package object, keeping only the fields of ListedPackage; null without an ImportPath. */
export function toListedPackage(o: JsonObject): ListedPackage | null {
  const importPath = str(o, 'ImportPath');
  if (importPath === undefined || importPath === '') return null;
  const module = obj(o, 'Module');
  const error = errorText(o);
  const p: ListedPackage = {
    importPath,
    standard: isStandard(o, importPath, module !== undefined, error !== undefined),
    imports: strings(o, 'Imports') ?? [],
  };
  const name = str(o, 'Name');
  if (name !== undefined) p.name = name;
  const modulePath = module && str(module, 'Path');
  if (module && modulePath !== undefined) {
    p.module = { path: modulePath };
    const version = str(module, 'Version');
    if (version !== undefined) p.module.version = version;
    if (flag(module, 'Main')) p.module.main = true;
  }
  const testImports = strings(o, 'TestImports');
  if (testImports) p.testImports = testImports;
  const xTestImports = strings(o, 'XTestImports');
  if (xTestImports) p.xTestImports = xTestImports;
  const forTest = str(o, 'ForTest');
  if (forTest !== undefined) p.forTest = forTest;
  if (flag(o, 'DepOnly')) p.depOnly = true;
  if (error !== undefined) p.error = error;
  return p;
}

/** `p [q.test]` and `p.test` are the test variants `-test` adds. */
export function isTestVariant(importPath: string): boolean {
  return importPath.endsWith(']') || importPath.endsWith('.test');
}

// `Standard` when printed; when -json=fields left it out, Go's own rule:
// no module, no error, and no dot in the first path element.
function isStandard(o: JsonObject, importPath: string, hasModule: boolean, hasError: boolean): boolean {
  if ('Standard' in o) return o.Standard === true;
  if (hasModule || hasError) return false;
  const path = importPath.replace(/ \[[^\]]+\]$/, '');
  const slash = path.indexOf('/');
  return !(slash < 0 ? path : path.slice(0, slash)).includes('.');
}
