// `go mod graph` -> requirement edges (GO-FORMATS §2). Edges to or from the
// `go@X` / `toolchain@X` pseudo-modules are dropped: they are not modules.
import { isGoPseudoModule, splitModuleVersion } from '../semver';
import { forEachLine, quote, type Diagnostics, type Span } from './text';
import type { RequirementEdge } from './types';

/** Parses `from to@version` lines; a bad line is reported and the rest kept. */
export function parseGoModGraph(span: Span, diags: Diagnostics): RequirementEdge[] {
  const edges: RequirementEdge[] = [];
  forEachLine(span, (line, offset) => {
    if (line.trim() === '') return;
    const edge = toEdge(line);
    if (edge === null) {
      diags.atLine('error', offset, `expected "<module> <module>@<version>", got ${quote(line)}: is this go mod graph output?`);
    } else if (edge !== 'pseudo') edges.push(edge);
  });
  return edges;
}

/** One graph line; 'pseudo' for go/toolchain edges, null when malformed. */
export function toEdge(line: string): RequirementEdge | 'pseudo' | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 2) return null;
  const from = splitModuleVersion(parts[0]);
  const to = splitModuleVersion(parts[1]);
  if (!from.path || !to.path || !to.version || parts[0].endsWith('@')) return null;
  if (isGoPseudoModule(from.path) || isGoPseudoModule(to.path)) return 'pseudo';
  return { from: from.path, fromVersion: from.version, to: to.path, toVersion: to.version };
}
