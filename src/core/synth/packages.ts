// The package universe of a synthetic project: std packages, a few packages
// per dependency module, then the main module's library packages, each
// importing only packages listed before it (so the list is already in
// go list -deps order). Leaf packages of the main module (commands, services)
// come on demand: that is how a large repository grows.
import type { Rng } from './prng';
import type { SynthProject } from './project';
import { STD_PACKAGES } from './std-packages';

/** Module index of a std package. */
export const STD = -2;
/** Module index of a main-module package. */
export const MAIN = -1;

/** One package; `imports` are indexes of earlier packages. */
export interface SynthPackage {
  path: string;
  name: string;
  module: number;
  files: string[];
  imports: number[];
}

const WORDS = ['api', 'client', 'codec', 'config', 'encoding', 'errors', 'hash', 'internal/util', 'internal/pool', 'io', 'log', 'metrics', 'options', 'parser', 'server', 'transport', 'types', 'version'];
const LEAF_DIRS = ['cmd', 'internal', 'pkg', 'services', 'tools'];
const FILES = ['doc.go', 'util.go', 'types.go', 'options.go', 'errors.go', 'encode.go', 'decode.go', 'pool.go', 'server.go', 'client.go'];

/** The packages every leaf builds on. */
export interface PackageUniverse {
  packages: SynthPackage[];
  /** Main-module packages that leaves import. */
  mainLibraries: number[];
  /** Packages of the modules main requires directly. */
  directPackages: number[];
}

/** Builds the universe; a module gets 1 to 2*perModule-1 packages, and only the modules it requires are imported. */
export function buildPackages(project: SynthProject, perModule: number, rng: Rng): PackageUniverse {
  const out: SynthPackage[] = STD_PACKAGES.map(({ path }) => ({ path, name: lastName(path), module: STD, files: pickFiles(path, rng), imports: [] }));
  const byPath = new Map(out.map((p, i) => [p.path, i]));
  STD_PACKAGES.forEach((p, i) => (out[i].imports = p.imports.map((path) => byPath.get(path) ?? 0)));
  const stdCount = out.length;
  const requires = project.modules.map(() => [] as number[]);
  for (const e of project.edges) {
    const from = project.modules[e.from];
    // Only edges out of selected versions build; only lower-ranked targets keep imports acyclic.
    if (from && e.fromVersion === from.versions.length - 1 && e.to < e.from) requires[e.from].push(e.to);
  }
  const owned = project.modules.map(() => [] as number[]);
  const add = (module: number, root: string, count: number, external: number[]): number[] => {
    const mine: number[] = [];
    const subs = new Set<string>();
    for (let k = count - 1; k >= 0; k--) {
      let sub = k === 0 ? '' : `/${rng.pick(WORDS)}`;
      if (subs.has(sub)) sub = `${sub}${k}`;
      subs.add(sub);
      const imports = new Set<number>();
      for (let s = rng.int(1, 5); s > 0; s--) imports.add(rng.int(0, stdCount - 1));
      for (let s = Math.min(mine.length, rng.int(0, 2)); s > 0; s--) imports.add(rng.pick(mine));
      for (let s = Math.min(external.length, rng.int(0, 3)); s > 0; s--) imports.add(rng.pick(owned[rng.pick(external)]));
      mine.push(out.length);
      const path = root + sub;
      out.push({ path, name: lastName(path), module, files: pickFiles(path, rng), imports: [...imports].sort((a, b) => a - b) });
    }
    return mine;
  };
  project.modules.forEach((m, i) => (owned[i] = add(i, m.path, rng.int(1, Math.max(1, 2 * perModule - 1)), requires[i])));
  const direct = project.modules.flatMap((m, i) => (m.direct ? [i] : []));
  const mainLibraries = add(MAIN, project.mainPath, Math.max(2, perModule), direct);
  return { packages: out, mainLibraries, directPackages: direct.flatMap((i) => owned[i]) };
}

/** The k-th leaf package of the main module: imports main libraries, direct modules' packages and std. */
export function leafPackage(project: SynthProject, universe: PackageUniverse, k: number, rng: Rng): SynthPackage {
  const { mainLibraries, directPackages } = universe;
  const path = `${project.mainPath}/${rng.pick(LEAF_DIRS)}/${rng.pick(WORDS).replace('/', '')}${k}`;
  const imports = new Set<number>();
  for (let s = rng.int(1, 5); s > 0; s--) imports.add(rng.int(0, STD_PACKAGES.length - 1));
  for (let s = rng.int(1, 3); s > 0; s--) imports.add(rng.pick(mainLibraries));
  for (let s = Math.min(directPackages.length, rng.int(0, 4)); s > 0; s--) imports.add(rng.pick(directPackages));
  return { path, name: lastName(path), module: MAIN, files: pickFiles(path, rng), imports: [...imports].sort((a, b) => a - b) };
}

// A package name from its path: the last element, without a major suffix or characters Go names cannot hold.
function lastName(path: string): string {
  const parts = path.split('/');
  let last = parts.pop() ?? '';
  if (/^v\d+$/.test(last)) last = parts.pop() ?? last;
  return last.replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/[^A-Za-z0-9_]/g, '') || 'pkg';
}

function pickFiles(path: string, rng: Rng): string[] {
  const files = new Set([`${lastName(path)}.go`]);
  for (let s = rng.int(0, 5); s > 0; s--) files.add(rng.pick(FILES));
  return [...files].sort();
}
