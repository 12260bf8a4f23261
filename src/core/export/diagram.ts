// The format-neutral picture both graph exporters draw: which nodes, with
// which label, role and owner, and which edges.
import { ownerOf } from '../model/owner';
import type { GoGraph, ModuleNode } from '../model/types';
import { isGoPseudoModule } from '../semver';
import { resolveScope, type Scope } from './scope';

export type Role = 'main' | 'direct' | 'indirect';

/** Options shared by the Mermaid and DOT exporters. */
export interface GraphExportOptions {
  /** Default: the whole graph. */
  scope?: Scope;
  /** Default: top to bottom. */
  direction?: 'TB' | 'LR';
  /** Draw one subgraph (cluster) per owner (`github.com/org`, `golang.org/x`, host). */
  groupByOwner?: boolean;
  /** Modules with findings, drawn with the `finding` style. */
  flagged?: ReadonlySet<number>;
}

export interface DiagramNode {
  /** Short and stable: the same module gets the same key in every scope of one graph. */
  key: string;
  path: string;
  version: string;
  role: Role;
  flagged: boolean;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: [string, string][];
  /** Owner -> its nodes, in first-seen order; empty unless grouping was asked for. */
  groups: Map<string, DiagramNode[]>;
}

/** Node key of a module: `m` + base36 id (ids follow the graph's sorted module order). */
export function nodeKey(id: number): string {
  return `m${id.toString(36)}`;
}

/** Main, direct (listed without `// indirect`, or required by a main module when go.mod is unknown) or indirect. */
export function roleOf(graph: GoGraph, m: ModuleNode): Role {
  if (m.main) return 'main';
  if (m.goMod !== null) return m.goMod === 'direct' ? 'direct' : 'indirect';
  if (m.listIndirect !== undefined) return m.listIndirect ? 'indirect' : 'direct';
  const { offsets, targets } = graph.requiredBy;
  for (let e = offsets[m.id]; e < offsets[m.id + 1]; e++) if (graph.modules[targets[e]].main) return 'direct';
  return 'indirect';
}

/** Resolves the scope and describes what to draw. */
export function buildDiagram(graph: GoGraph, options: GraphExportOptions): Diagram {
  const scoped = resolveScope(graph, options.scope ?? { kind: 'all' });
  // go@ and toolchain@ are Go-version pseudo-modules of go mod graph, not dependencies.
  const shown = (id: number) => !isGoPseudoModule(graph.modules[id].path);
  const nodes = scoped.ids.filter(shown).map((id): DiagramNode => {
    const m = graph.modules[id];
    return { key: nodeKey(id), path: m.path, version: m.version, role: roleOf(graph, m), flagged: options.flagged?.has(id) ?? false };
  });
  const groups = new Map<string, DiagramNode[]>();
  if (options.groupByOwner) {
    for (const node of nodes) {
      const owner = ownerOf(node.path);
      const members = groups.get(owner);
      if (members) members.push(node);
      else groups.set(owner, [node]);
    }
  }
  const edges = scoped.edges.filter(([a, b]) => shown(a) && shown(b)).map(([a, b]): [string, string] => [nodeKey(a), nodeKey(b)]);
  return { nodes, edges, groups };
}
