// Small in-memory graphs for exporter and share-link tests, built by the real model builder.
import { buildGraph } from '../../model/build';
import type { GoGraph } from '../../model/types';
import type { RequirementEdge } from '../../parse/types';
import { splitModuleVersion } from '../../semver';

/** A graph from `go mod graph` lines (`from[@v] to@v`), without going through the parsers. */
export function graphFromModGraph(text: string): GoGraph {
  const edges: RequirementEdge[] = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [a, b] = line.trim().split(/\s+/);
      const from = splitModuleVersion(a);
      const to = splitModuleVersion(b);
      return { from: from.path, fromVersion: from.version, to: to.path, toVersion: to.version };
    });
  return buildGraph([{ kind: 'go-mod-graph', source: 'test', offset: 0, length: text.length, edges }]);
}

/** A graph of `n` modules where the main module requires the first `roots` and module i requires the next `fanout`. */
export function syntheticGraph(n: number, roots: number, fanout: number): GoGraph {
  const name = (i: number) => `example.com/m${String(i).padStart(4, '0')}`;
  const lines: string[] = [];
  for (let i = 0; i < roots; i++) lines.push(`example.com/app ${name(i)}@v1.0.0`);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= i + fanout && j < n; j++) lines.push(`${name(i)}@v1.0.0 ${name(j)}@v1.0.0`);
  }
  return graphFromModGraph(lines.join('\n'));
}
