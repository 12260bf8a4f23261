// `go list -deps -json ./...` text: every package the main module's packages
// build from, dependencies first, with sorted Imports and Deps like the real tool.
// The size is reached by adding leaf packages to the main module, each
// printing its whole Deps list, as in a large repository.
import type { SynthProject } from './project';
import { createRng } from './prng';
import { MAIN, STD, buildPackages, leafPackage, type SynthPackage } from './packages';
import { mainDir, moduleDir, moduleFields, object, q } from './list-modules';

const GOROOT = '/usr/local/go';

/** Renders at least `targetBytes` of go list -deps output, overshooting by at most one package. */
export function renderListDeps(project: SynthProject, targetBytes: number, perModule: number, seed: number): string {
  const rng = createRng(seed);
  const universe = buildPackages(project, Math.max(1, perModule), rng);
  const { packages } = universe;
  const n = packages.length;
  const byPath = packages.map((_, i) => i).sort((a, b) => (packages[a].path < packages[b].path ? -1 : 1));
  const rank = new Int32Array(n);
  byPath.forEach((p, r) => (rank[p] = r));
  // Deps closure as bitsets indexed by path rank, so reading a row yields sorted paths.
  const words = (n + 31) >>> 5;
  const deps = new Int32Array(n * words);
  const closeOver = (row: Int32Array, imports: readonly number[]): void => {
    for (const i of imports) {
      for (let w = 0; w < words; w++) row[w] |= deps[i * words + w];
      row[rank[i] >>> 5] |= 1 << (rank[i] & 31);
    }
  };
  packages.forEach((p, i) => closeOver(deps.subarray(i * words, (i + 1) * words), p.imports));

  const moduleBlocks = project.modules.map((m) => `"Module": ${object(moduleFields(project, m), '\t\t')}`);
  const mainBlock = `"Module": ${object(moduleFields(project, null), '\t\t')}`;
  const render = (p: SynthPackage, row: Int32Array): string => {
    const block = p.module === MAIN ? mainBlock : p.module === STD ? null : moduleBlocks[p.module];
    const imports = p.imports.map((k) => packages[k].path).sort();
    return renderPackage(project, p, block, imports, setRanks(row).map((r) => packages[byPath[r]].path));
  };
  const rendered: (string | undefined)[] = new Array(n);
  let bytes = 0;
  const need = (row: Int32Array, self: number): void => {
    const todo = setRanks(row).map((r) => byPath[r]);
    if (self >= 0) todo.push(self);
    for (const i of todo) {
      if (rendered[i] !== undefined) continue;
      rendered[i] = render(packages[i], deps.subarray(i * words, (i + 1) * words));
      bytes += rendered[i].length;
    }
  };
  for (const lib of universe.mainLibraries) need(deps.subarray(lib * words, (lib + 1) * words), lib);
  const leaves: string[] = [];
  const row = new Int32Array(words);
  for (let k = 0; k === 0 || bytes < targetBytes; k++) {
    const leaf = leafPackage(project, universe, k, rng);
    row.fill(0);
    closeOver(row, leaf.imports);
    need(row, -1);
    leaves.push(render(leaf, row));
    bytes += leaves[leaves.length - 1].length;
  }
  return rendered.filter((s) => s !== undefined).concat(leaves).join('');
}

// The set bits of a bitset, ascending.
function setRanks(row: Int32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < row.length; w++) for (let bits = row[w]; bits !== 0; bits &= bits - 1) out.push((w << 5) + 31 - Math.clz32(bits & -bits));
  return out;
}

function renderPackage(project: SynthProject, p: SynthPackage, moduleBlock: string | null, imports: string[], deps: string[]): string {
  const root = p.module === STD ? GOROOT : p.module === MAIN ? mainDir(project) : moduleDir(project.modules[p.module]);
  const base = p.module === STD ? '' : p.module === MAIN ? project.mainPath : project.modules[p.module].path;
  const dir = p.module === STD ? `${GOROOT}/src/${p.path}` : root + p.path.slice(base.length);
  const fields = [q('Dir', dir), q('ImportPath', p.path), q('Name', p.name), q('Root', root)];
  if (moduleBlock) fields.push(moduleBlock);
  if (p.module === MAIN) fields.push(list('Match', ['./...']));
  if (p.module === STD) fields.push('"Goroot": true', '"Standard": true');
  if (p.module !== MAIN) fields.push('"DepOnly": true');
  fields.push(list('GoFiles', p.files));
  if (imports.length) fields.push(list('Imports', imports));
  if (deps.length) fields.push(list('Deps', deps));
  return object(fields, '\t');
}

function list(key: string, values: readonly string[]): string {
  return `"${key}": [\n\t\t${values.map((v) => JSON.stringify(v)).join(',\n\t\t')}\n\t]`;
}
