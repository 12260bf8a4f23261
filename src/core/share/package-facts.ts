// The module facts that come from packages and from `go mod why` (a link carries
// no packages, so the analyses read these instead): one byte column of bits,
// the go mod why path lengths, then every package path named (counted), as its
// module's index (the link already holds that path) and the rest, in two columns.
import { moduleOfImportPath } from '../model/packages';
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';
import type { ShareLimits } from './limits';
import type { ShareModule } from './snapshot';

const DIRECT = 1;
const DIRECT_TEST_FILE = 2;
const TESTERS_SHIFT = 2;
// Two bits: the model keeps at most TEST_IMPORTERS_KEPT (3) test importers per module.
const TESTERS_MASK = 3;
const WHY = 1 << 4;

function bitsOf(m: ShareModule): number {
  const testers = m.testImporters?.length ?? 0;
  if (testers > TESTERS_MASK) throw new Error(`module ${m.path} has ${testers} test importers, more than a link keeps`);
  return (m.directImport ? DIRECT : 0) | (m.directImport?.testFile ? DIRECT_TEST_FILE : 0) | (testers << TESTERS_SHIFT) | (m.whyPackages ? WHY : 0);
}

// The package paths of one module, in the order they are written.
function pathsOf(m: ShareModule): string[] {
  return [...(m.directImport ? [m.directImport.importer, m.directImport.imported] : []), ...(m.testImporters ?? []), ...(m.whyPackages ?? [])];
}

/** Writes the package facts of the modules (after their paths and fields). */
export function writePackageFacts(w: ByteWriter, modules: readonly ShareModule[]) {
  for (const m of modules) w.byte(bitsOf(m));
  for (const m of modules) if (m.whyPackages) w.uint(m.whyPackages.length);
  // A package path starts with its module's path: `X.test` lines and test variants (`p [q.test]`) too.
  const index = new Map(modules.map((m, i) => [m.path, i]));
  const owners: number[] = [];
  const rests: string[] = [];
  for (const p of modules.flatMap(pathsOf)) {
    const owner = moduleOfImportPath(p.split(' ')[0].replace(/\.test$/, ''), index);
    owners.push(owner + 1);
    rests.push(owner < 0 ? p : p.slice(modules[owner].path.length));
  }
  w.uint(owners.length);
  for (const o of owners) w.uint(o);
  for (const r of rests) w.string(r);
}

/** Reads what writePackageFacts wrote into the modules read before. */
export function readPackageFacts(r: ByteReader, modules: ShareModule[], limits: ShareLimits) {
  const bits = modules.map((_, i) => {
    const b = r.byte();
    if (b >= WHY << 1) throw new ShareFormatError(`module ${i} has unknown package facts ${b}`);
    if (b & DIRECT_TEST_FILE && !(b & DIRECT)) throw new ShareFormatError(`module ${i} has a test-file import without an import`);
    return b;
  });
  const whyLengths = bits.map((b) => (b & WHY ? r.count(limits.maxEdges, 'go mod why packages', 2) : 0));
  const named = bits.reduce((sum, b, i) => sum + (b & DIRECT ? 2 : 0) + ((b >> TESTERS_SHIFT) & TESTERS_MASK) + whyLengths[i], 0);
  // The total, checked against the data left, bounds what the counts above make the reader allocate.
  const total = r.count(limits.maxEdges, 'package paths', 2);
  if (total !== named) throw new ShareFormatError(`${total} package paths, but the modules name ${named}`);
  const owners = Array.from({ length: total }, () => r.index(modules.length + 1, 'package module'));
  const paths = owners.map((o) => (o === 0 ? '' : modules[o - 1].path) + r.string());
  let next = 0;
  const take = (n: number) => paths.slice(next, (next += n));
  modules.forEach((m, i) => {
    const b = bits[i];
    if (b & DIRECT) {
      const [importer, imported] = take(2);
      m.directImport = { importer, imported, testFile: (b & DIRECT_TEST_FILE) !== 0 };
    }
    const testers = (b >> TESTERS_SHIFT) & TESTERS_MASK;
    if (testers > 0) m.testImporters = take(testers);
    if (b & WHY) m.whyPackages = take(whyLengths[i]);
  });
}
