// What the layout needs of a graph. Types-only imports from the core, so the
// store can re-lay out through the worker without bundling the parsers.
import type { Csr, GoGraph } from '../core/model/types';

/** What the layout needs of a graph: the edges drawn and the roots. */
export interface LayoutGraph {
  nodeCount: number;
  edges: Csr;
  roots: number[];
  widths: Float64Array;
}

// Node boxes are sized from the label length; the canvas draws them the same way.
const CHAR_WIDTH = 6.6;
const PADDING = 24;

export function nodeWidth(path: string): number {
  return Math.max(60, Math.round(path.length * CHAR_WIDTH + PADDING));
}

/** The module-level edges to lay out first: requires, or imports for a package-only load. */
export function primaryEdges(graph: GoGraph): Csr {
  if (graph.requires.targets.length > 0 || !graph.imports) return graph.requires;
  return graph.imports;
}

export function layoutInput(graph: GoGraph): LayoutGraph {
  const widths = new Float64Array(graph.modules.length);
  graph.modules.forEach((m, i) => (widths[i] = nodeWidth(m.path)));
  return { nodeCount: graph.modules.length, edges: primaryEdges(graph), roots: graph.mainIds, widths };
}
