// Seeded synthetic Go projects: the texts the go command would print for a
// project of a chosen size, for scale tests and benchmarks.
import { createRng } from './prng';
import { buildProject } from './project';
import { renderModGraph } from './mod-graph';
import { renderListModules } from './list-modules';
import { renderListDeps } from './list-deps';

export interface SynthOptions {
  /** Modules in `go list -m all`, the main module included. */
  modules: number;
  /** Lines of `go mod graph`, main's requirement of every module included (so never fewer than modules - 1). */
  edges: number;
  seed: number;
  /** Most versions of one path that appear in the graph (default 3). */
  versionsPerPath?: number;
  /** Mean packages per module in `listDeps` (default 4; raised when the requested size needs it). */
  packagesPerModule?: number;
}

export interface SynthProjectTexts {
  mainPath: string;
  /** `go mod graph` output. */
  modGraph: string;
  /** `go list -m -json all` output. */
  listModules: string;
  /** `go list -deps -json ./...` output of about targetBytes. */
  listDeps(targetBytes: number): string;
}

/** Generates a Go-shaped project (go >= 1.17 go.mod, power-law fan-in, several versions per path); same seed, same texts. */
export function generateGoProject(options: SynthOptions): SynthProjectTexts {
  const rng = createRng(options.seed);
  const project = buildProject(options.modules, options.edges, options.versionsPerPath ?? 3, rng);
  return {
    mainPath: project.mainPath,
    modGraph: renderModGraph(project),
    listModules: renderListModules(project, rng),
    listDeps: (targetBytes) => renderListDeps(project, targetBytes, options.packagesPerModule ?? 4, options.seed ^ 0x5eed),
  };
}
