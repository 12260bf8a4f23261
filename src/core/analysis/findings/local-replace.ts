// Replacements by a local directory: the build works only where that directory
// exists, and `go install m@version` refuses such modules.
import type { InputKind } from '../../parse/types';
import type { Finding } from '../types';
import { type FindingRule, hasInput } from './context';

/** modfile.IsDirectoryPath: a replacement path is a directory in either Unix or Windows syntax. */
export function isDirectoryPath(path: string): boolean {
  return (
    path === '.' || path === '..' ||
    /^\.{1,2}[/\\]/.test(path) ||
    path.startsWith('/') || path.startsWith('\\') ||
    /^[A-Za-z]:/.test(path)
  );
}

/** Modules replaced by a local directory (go.mod or go list -m). */
export const localReplace: FindingRule = {
  kind: 'local-replace',
  available: (graph) =>
    graph.goMod || hasInput(graph, 'go-list-m') || hasInput(graph, 'vendor-modules') ? true : 'add go.mod or `go list -m -json all`',
  find(graph) {
    const dirs = new Map<string, { dir: string; source: string; input: InputKind }>();
    for (const r of graph.goMod?.replaces ?? []) {
      if (!isDirectoryPath(r.newPath)) continue;
      const old = r.oldVersion ? `${r.oldPath} ${r.oldVersion}` : r.oldPath;
      dirs.set(r.oldPath, { dir: r.newPath, source: `go.mod: replace ${old} => ${r.newPath}`, input: 'go-mod' });
    }
    const input = hasInput(graph, 'go-list-m') ? 'go-list-m' : 'vendor-modules';
    const name = input === 'go-list-m' ? 'go list -m' : 'vendor/modules.txt';
    for (const m of graph.modules) {
      if (!m.replace || !isDirectoryPath(m.replace.path) || dirs.has(m.path)) continue;
      dirs.set(m.path, { dir: m.replace.path, source: `${name}: ${m.path} ${m.version} => ${m.replace.path}`, input });
    }
    return [...dirs].map<Finding>(([path, r]) => ({
      kind: 'local-replace',
      severity: 'warning',
      modules: [path],
      message: `${path} is replaced by the local directory ${r.dir}`,
      evidence: [r.source],
      fix: `go mod edit -dropreplace=${path} (once the change is published), then go mod tidy`,
      inputs: [r.input],
    }));
  },
};
