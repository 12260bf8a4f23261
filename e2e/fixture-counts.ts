// Counts derived straight from the fixture files, independently of the app's
// parsers, so the e2e tests check the numbers a Go engineer would compute.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectedEdges } from './tidy-diff';

const EXAMPLES = join(import.meta.dirname, '..', 'public', 'examples');

export function fixture(path: string): string {
  return readFileSync(join(EXAMPLES, path), 'utf8');
}

interface Listed {
  path: string;
  version: string;
  main: boolean;
}

/** Top-level modules of `go list -m -json all`: one tab of indentation marks a top-level field. */
export function listedModules(listJson: string): Listed[] {
  return listJson
    .split(/^}/m)
    .map((obj) => ({
      path: /^\t"Path": "([^"]+)"/m.exec(obj)?.[1] ?? '',
      version: /^\t"Version": "([^"]+)"/m.exec(obj)?.[1] ?? '',
      main: /^\t"Main": true/m.test(obj),
    }))
    .filter((m) => m.path !== '');
}

/**
 * Module-level requirement edges: `go mod graph` lines out of a main module or
 * out of a module's selected version, collapsed to paths, without go/toolchain.
 */
export function requirementEdges(listJson: string, graphText: string): number {
  const selected = new Map(listedModules(listJson).map((m) => [m.path, m.version]));
  return selectedEdges(selected, graphText).length;
}

/** The totals line the Overview shows for a module list plus a module graph. */
export function totals(listPath: string, graphPath: string): string {
  const list = fixture(listPath);
  const modules = new Set(listedModules(list).map((m) => m.path)).size;
  return `${modules} modules, ${requirementEdges(list, fixture(graphPath))} edges`;
}

export function mainModule(listPath: string): string {
  return listedModules(fixture(listPath)).find((m) => m.main)!.path;
}
