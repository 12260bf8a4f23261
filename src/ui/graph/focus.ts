// Focus mode: the selected module and everything within n hops of it (what
// it needs and what needs it), laid out afresh so a module of a huge graph
// gets a small, readable picture.
import type { ElementDefinition } from 'cytoscape';
import { layeredLayout } from '../../core/layout';
import { buildCsr, reverseCsr } from '../../core/model/csr';
import type { Csr, GoGraph } from '../../core/model/types';
import type { Derived } from '../../store/derive';
import type { LayoutDirection } from '../../worker/client';
import { nodeWidth, primaryEdges } from '../../worker/layout-input';
import { nodeId } from './cy-elements';
import { moduleNode, sceneEdges } from './scene-elements';

/** Module ids within `hops` edges of `centre`, in either direction, centre first. */
export function neighbourhood(edges: Csr, reverse: Csr, centre: number, hops: number): number[] {
  const seen = new Set<number>([centre]);
  let frontier = [centre];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const csr of [edges, reverse]) {
        for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
          const w = csr.targets[e];
          if (!seen.has(w)) {
            seen.add(w);
            next.push(w);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

export function focusElements(graph: GoGraph, derived: Derived, centre: number, hops: number, direction: LayoutDirection, maxAspect: number): ElementDefinition[] {
  const csr = primaryEdges(graph);
  const ids = neighbourhood(csr, reverseCsr(csr), centre, hops);
  const local = new Map(ids.map((id, i) => [id, i]));
  const from: number[] = [];
  const to: number[] = [];
  for (const v of ids) {
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const w = local.get(csr.targets[e]);
      if (w === undefined) continue;
      from.push(local.get(v)!);
      to.push(w);
    }
  }
  const widths = Float64Array.from(ids, (id) => nodeWidth(graph.modules[id].path));
  const mains = graph.mainIds.map((id) => local.get(id)).filter((i): i is number => i !== undefined);
  const layout = layeredLayout({ nodeCount: ids.length, edges: buildCsr(ids.length, from, to), roots: mains, widths, direction, maxAspect });
  const out: ElementDefinition[] = [];
  ids.forEach((id, i) => moduleNode(graph, derived, id, { x: layout.x[i], y: layout.y[i] }, out));
  sceneEdges(csr, derived, (v) => (local.has(v) ? nodeId(v) : undefined), out);
  return out;
}
