// The shape of a synthetic Go project: modules, their versions, and the
// version-level requirement edges that `go mod graph` would print.
import type { Rng } from './prng';
import { modulePaths } from './paths';
import { moduleVersions, type VersionInfo } from './versions';

/** A dependency module; index 0 is the most basic (most required). */
export interface SynthModule {
  path: string;
  /** Ascending; the last one is selected (main requires it). */
  versions: VersionInfo[];
  goVersion: string | null;
  /** Main's packages import it (go.mod lists it without `// indirect`). */
  direct: boolean;
}

/** A requirement between module versions; `from` -1 is the main module. */
export interface SynthEdge {
  from: number;
  fromVersion: number;
  to: number;
  toVersion: number;
}

/** Everything the text renderers need. */
export interface SynthProject {
  mainPath: string;
  mainGoVersion: string;
  modules: SynthModule[];
  /** Main's edges first, then the rest in generation order. */
  edges: SynthEdge[];
}

const GO_VERSIONS = ['1.13', '1.16', '1.17', '1.18', '1.19', '1.20', '1.21', '1.22'];
/** Share of edges that point up the ranking and so close cycles, as in golang.org/x. */
const CYCLE_SHARE = 0.003;

/** Builds a project of `modules` modules (main included) with about `edges` requirement edges. */
export function buildProject(modules: number, edges: number, versionsPerPath: number, rng: Rng): SynthProject {
  const count = Math.max(0, modules - 1);
  const perPath = Math.max(1, versionsPerPath);
  const deps: SynthModule[] = modulePaths(count, rng).map(({ path, suffixMajor }, i) => ({
    path,
    versions: moduleVersions(rng.int(1, perPath), suffixMajor, rng),
    goVersion: rng.chance(0.15) ? null : rng.pick(GO_VERSIONS),
    // Main imports a few modules, mostly high-level ones; the bases arrive through them.
    direct: rng.chance(0.03 + (0.25 * i) / Math.max(1, count)),
  }));
  const out: SynthEdge[] = deps.map((m, i) => ({ from: -1, fromVersion: 0, to: i, toVersion: m.versions.length - 1 }));
  const seen = new Set<number>();
  const wanted = Math.max(0, edges - count);
  for (let attempt = 0; out.length - count < wanted && attempt < wanted * 8 && count > 1; attempt++) {
    const from = 1 + Math.floor((count - 1) * Math.sqrt(rng.next()));
    // Cubing a uniform draw gives the power-law fan-in: a few bases are required by most modules.
    const to = rng.chance(CYCLE_SHARE) ? rng.int(from, count - 1) : Math.floor(from * rng.next() ** 3);
    const fromVersions = deps[from].versions.length;
    const fromVersion = rng.chance(0.8) ? fromVersions - 1 : rng.int(0, fromVersions - 1);
    const key = (from * perPath + fromVersion) * count + to;
    if (to === from || seen.has(key)) continue;
    seen.add(key);
    const toVersions = deps[to].versions.length;
    out.push({ from, fromVersion, to, toVersion: rng.chance(0.6) ? toVersions - 1 : rng.int(0, toVersions - 1) });
  }
  return { mainPath: 'example.com/acme/service', mainGoVersion: '1.22', modules: deps, edges: out };
}
