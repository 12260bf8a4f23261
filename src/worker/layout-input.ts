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

/** The tallest a module's box is drawn: sized by a hot-library metric, from 32 px up to this (ui/graph/metric-style.ts). */
export const TALLEST_NODE = 56;

// Node boxes are sized from the label length; the canvas draws them the same way.
const CHAR_WIDTH = 6.6;
const PADDING = 24;

export function nodeWidth(path: string): number {
  return Math.max(60, Math.round(path.length * CHAR_WIDTH + PADDING));
}

/**
 * Which module-level edges stand for the graph: go mod graph's requirements; without that
 * input, the import edges of the package list, since go.mod alone is a flat fan from the main module.
 */
export function primaryEdgeKind(graph: GoGraph): 'requires' | 'imports' | null {
  const requires = graph.requires.targets.length;
  const imports = graph.imports?.targets.length ?? 0;
  if (requires > 0 && (graph.versionEdges.length > 0 || imports === 0)) return 'requires';
  return imports > 0 ? 'imports' : null;
}

/** The module-level edges laid out and counted (see primaryEdgeKind). */
export function primaryEdges(graph: GoGraph): Csr {
  return primaryEdgeKind(graph) === 'imports' && graph.imports ? graph.imports : graph.requires;
}

export function layoutInput(graph: GoGraph): LayoutGraph {
  const widths = new Float64Array(graph.modules.length);
  graph.modules.forEach((m, i) => (widths[i] = nodeWidth(m.path)));
  return { nodeCount: graph.modules.length, edges: primaryEdges(graph), roots: graph.mainIds, widths };
}
