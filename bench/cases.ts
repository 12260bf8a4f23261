// The bench's inputs: real example projects and seeded synthetic ones,
// written to a temp folder as files a user would pick.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportDot } from '../src/core/export';
import { loadSources } from '../src/core/load';
import { generateGoProject } from '../src/core/synth';

export const EXAMPLES_DIR = resolve(import.meta.dirname, '../public/examples');

export interface LoadCase {
  name: string;
  paths: string[];
  /** DOT text of the same module graph, for the Graphviz baseline. */
  dot: () => string;
}

const dotOf = (paths: string[]) => () => {
  const graph = loadSources(paths.map((p) => ({ name: p, text: readFileSync(p, 'utf8') })));
  return exportDot(graph).text;
};

/** A project from public/examples/index.json, by id. */
export function exampleCase(id: string): LoadCase {
  const manifest = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'index.json'), 'utf8')) as { examples: { id: string; files: string[] }[] };
  const example = manifest.examples.find((e) => e.id === id);
  if (!example) throw new Error(`no example "${id}" in public/examples/index.json`);
  const paths = example.files.map((f) => join(EXAMPLES_DIR, f));
  return { name: id, paths, dot: dotOf(paths) };
}

/** go list -m -json all and go mod graph of a synthetic project, written under dir. */
export function synthCase(dir: string, modules: number, edges: number): LoadCase {
  const folder = join(dir, `synth-${modules}`);
  mkdirSync(folder, { recursive: true });
  const project = generateGoProject({ modules, edges, seed: 1 });
  const paths = [join(folder, 'golist-m.json'), join(folder, 'modgraph.txt')];
  writeFileSync(paths[0], project.listModules);
  writeFileSync(paths[1], project.modGraph);
  return { name: `synthetic ${modules.toLocaleString('en-US')} modules / ${edges.toLocaleString('en-US')} edges`, paths, dot: dotOf(paths) };
}

/** A synthetic `go list -deps -json` of about `bytes`; returns its path. */
export function synthListDeps(dir: string, bytes: number): string {
  const path = join(dir, 'golist-deps-synth.json');
  writeFileSync(path, generateGoProject({ modules: 3000, edges: 15000, seed: 3 }).listDeps(bytes));
  return path;
}
