// Building blocks shared by the grouped and focus views: a module node as
// the flat view draws it, and edges between whatever stands for each module.
import type { ElementDefinition } from 'cytoscape';
import type { Csr, GoGraph } from '../../core/model/types';
import { ROLE_NAMES } from '../../store/derive';
import type { Derived } from '../../store/derive';
import { nodeWidth } from '../../worker/layout-input';
import { nodeId } from './cy-elements';

/** NOTE: pushes onto out; returns the node's id. */
export function moduleNode(graph: GoGraph, derived: Derived, id: number, position: { x: number; y: number }, out: ElementDefinition[], parent?: string): string {
  const m = graph.modules[id];
  const cyId = nodeId(id);
  out.push({
    group: 'nodes',
    data: { id: cyId, label: m.version ? `${m.path}\n${m.version}` : m.path, w: nodeWidth(m.path), ...(parent ? { parent } : {}) },
    position,
    classes: ROLE_NAMES[derived.roles[id]],
  });
  return cyId;
}

/** One edge per pair of drawn endpoints (merged where modules share a closed group); NOTE: pushes onto out. */
export function sceneEdges(csr: Csr, derived: Derived, drawnAs: (module: number) => string | undefined, out: ElementDefinition[]): void {
  const seen = new Set<string>();
  const kind = derived.edgeKind ?? 'requires';
  for (let v = 0; v + 1 < csr.offsets.length; v++) {
    const source = drawnAs(v);
    if (source === undefined) continue;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const target = drawnAs(csr.targets[e]);
      if (target === undefined || target === source) continue;
      const key = `${source} ${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ group: 'edges', data: { id: `s${seen.size}`, source, target }, classes: kind });
    }
  }
}
