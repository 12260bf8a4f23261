// Cytoscape elements from the model and the worker's positions (preset layout).
import type { ElementDefinition } from 'cytoscape';
import type { Csr, GoGraph } from '../../core/model/types';
import { ROLE_NAMES } from '../../store/derive';
import type { Derived } from '../../store/derive';
import type { Positions } from '../../worker/client';
import { nodeWidth } from '../../worker/layout-input';

export const nodeId = (id: number) => `m${id}`;
export const moduleIdOf = (cyId: string) => Number(cyId.slice(1));

function edges(csr: Csr, kind: 'requires' | 'imports', out: ElementDefinition[]) {
  const prefix = kind === 'requires' ? 'r' : 'i';
  for (let from = 0; from + 1 < csr.offsets.length; from++) {
    for (let e = csr.offsets[from]; e < csr.offsets[from + 1]; e++) {
      out.push({ group: 'edges', data: { id: `${prefix}${e}`, source: nodeId(from), target: nodeId(csr.targets[e]) }, classes: kind });
    }
  }
}

export function graphElements(graph: GoGraph, derived: Derived, positions: Positions): ElementDefinition[] {
  const out: ElementDefinition[] = graph.modules.map((m) => ({
    group: 'nodes',
    data: { id: nodeId(m.id), label: m.version ? `${m.path}\n${m.version}` : m.path, w: nodeWidth(m.path) },
    position: { x: positions.x[m.id], y: positions.y[m.id] },
    classes: ROLE_NAMES[derived.roles[m.id]],
  }));
  // Without go mod graph, go.mod's requirements are only a fan from the main module: imports draw the graph.
  if (derived.edgeKind !== 'imports') edges(graph.requires, 'requires', out);
  if (graph.imports) edges(graph.imports, 'imports', out);
  return out;
}
