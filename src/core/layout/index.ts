// A layered (Sugiyama-style) layout made for Go module graphs: cycles broken
// by DFS from the main modules, layers by depth on the transitive reduction,
// barycenter ordering, and isotonic x-placement with wide layers wrapped.
import type { Csr } from '../model/types';
import { reverseCsr } from '../model/csr';
import { breakCycles } from './cycles';
import { transitiveReduction } from './reduction';
import { assignLayers } from './layering';
import { orderLayers } from './ordering';
import { MAX_ASPECT, wrapRows } from './rows';
import { assignAcross, assignAlong } from './coordinates';

export interface LayoutInput {
  nodeCount: number;
  /** Directed dependent -> dependency. */
  edges: Csr;
  /** Main modules (layer 0); when empty, the nodes without in-edges. */
  roots: number[];
  /** Label width per node in px (default 120). */
  widths?: Float64Array;
  /** Box height per node in px (default NODE_HEIGHT), for boxes that hold more than a label. */
  heights?: Float64Array;
  /**
   * Greatest width:height of the drawing before wide layers wrap into sub-rows
   * (default MAX_ASPECT); pass the viewport's aspect so a fitted view stays readable.
   */
  maxAspect?: number;
  direction?: 'TB' | 'LR';
  /** Space between neighbours in a layer, px (default 24). */
  nodeGap?: number;
  /** Space between layers, px (default 80). */
  layerGap?: number;
}

/** Node centres in px, from (0, 0) at the top left of the drawing's bounding box. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  layer: Int32Array;
  width: number;
  height: number;
}

const DEFAULT_WIDTH = 120;
/** Box height assumed for every node (the input gives only label widths). */
export const NODE_HEIGHT = 32;

/** Lays a dependency graph out in layers, dependents above their dependencies; deterministic. */
export function layeredLayout(input: LayoutInput): LayoutResult {
  const n = input.nodeCount;
  const lr = input.direction === 'LR';
  const nodeGap = input.nodeGap ?? 24;
  const layerGap = input.layerGap ?? 80;
  const width = (v: number): number => input.widths?.[v] ?? DEFAULT_WIDTH;
  const height = (v: number): number => input.heights?.[v] ?? NODE_HEIGHT;
  // Sizes along a row and across it: in LR the rows are columns.
  const along = Float64Array.from({ length: n }, (_, v) => (lr ? height(v) : width(v)));
  const across = Float64Array.from({ length: n }, (_, v) => (lr ? width(v) : height(v)));
  // The limit is on a row's length against the drawing's depth: a screen aspect in LR is depth:length.
  const given = input.maxAspect !== undefined && input.maxAspect > 0 ? input.maxAspect : null;
  const maxAspect = given === null ? MAX_ASPECT : lr ? 1 / given : given;

  const { dag, topo, discovery } = breakCycles(n, input.edges, input.roots);
  const reduced = transitiveReduction(dag, topo);
  const { layer, count } = assignLayers(reduced, topo, input.roots);
  const parents = reverseCsr(reduced);
  const layers = orderLayers(layer, count, reduced, parents, discovery);
  const spacing = { nodeGap, layerGap, rowGap: layerGap / 2 };
  const rows = wrapRows(layers, along, across, spacing, maxAspect);
  const a = assignAlong(rows.rows, along, parents, reduced, nodeGap);
  const { centre, extent } = assignAcross(rows, across, spacing);

  let min = Infinity;
  let max = -Infinity;
  for (let v = 0; v < n; v++) {
    min = Math.min(min, a[v] - along[v] / 2);
    max = Math.max(max, a[v] + along[v] / 2);
  }
  for (let v = 0; v < n; v++) a[v] -= min;
  const span = n > 0 ? max - min : 0;
  return lr
    ? { x: centre, y: a, layer, width: extent, height: span }
    : { x: a, y: centre, layer, width: span, height: extent };
}
