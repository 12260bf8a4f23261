// Messages between the app and the load worker, and the one pure function
// both sides run (in the worker, or on the main thread where Worker is missing).
import { analyze } from '../core/analysis';
import type { Analysis } from '../core/analysis';
import { loadSources } from '../core/load';
import { layeredLayout } from '../core/layout';
import { forceLayout, forceTakes } from '../core/layout/force';
import type { GoGraph } from '../core/model/types';
import { layoutInput, TALLEST_NODE } from './layout-input';
import type { LayoutGraph } from './layout-input';
import type { SourceText } from '../core/parse/types';
import { decodeShare, graphFromSnapshot } from '../core/share';
import type { ShareView } from '../core/share';
import type { LoadSource } from './stream-read';

export type LayoutDirection = 'TB' | 'LR';
/** Layered by depth (the default, any size), or force-directed on demand (small graphs, core/layout/force.ts). */
export type LayoutKind = 'layered' | 'force';
export type { LayoutGraph } from './layout-input';

export interface Positions {
  x: Float64Array;
  y: Float64Array;
  width: number;
  height: number;
  /** The layout they were made by (a link's may differ from the one asked for). */
  layout: LayoutKind;
}

export type LoadPhase = 'reading' | 'parsing' | 'analysing' | 'layout';

/** A phase, and for reading the bytes read so far of the total. */
export interface LoadProgress {
  phase: LoadPhase;
  loaded?: number;
  total?: number;
}

/** How the layout should fit the screen: greatest width:height of the drawing. */
export interface LayoutFit {
  maxAspect?: number;
}

export type WorkerRequest =
  | { type: 'load'; id: number; sources: LoadSource[]; direction: LayoutDirection; fit?: LayoutFit }
  | { type: 'layout'; id: number; graph: LayoutGraph; direction: LayoutDirection; fit?: LayoutFit; kind?: LayoutKind }
  /** A share link's fragment (`g=<version>.<data>`): decoded, rebuilt, analysed and laid out here. */
  | { type: 'snapshot'; id: number; fragment: string; direction: LayoutDirection; fit?: LayoutFit };

/**
 * Where a load's time went, in ms on the worker's clock: read (files to
 * text), parse (split + parse + build the model), analyse, layout; postedAt is
 * the epoch time (timeOrigin + now) of the answer, so the page can time the transfer.
 */
export interface PhaseTimes {
  read: number;
  parse: number;
  analyse: number;
  layout: number;
  postedAt: number;
}

export type WorkerResponse =
  | ({ type: 'progress'; id: number } & LoadProgress)
  | { type: 'loaded'; id: number; graph: GoGraph; analysis: Analysis; positions: Positions; view?: ShareView; phases?: PhaseTimes }
  | { type: 'laid-out'; id: number; positions: Positions }
  | { type: 'failed'; id: number; message: string };

/** Positions in the layout asked for; layered for a graph too big for the force layout (the result says which). */
export function runLayout(input: LayoutGraph, direction: LayoutDirection, fit: LayoutFit = {}, asked: LayoutKind = 'layered'): Positions {
  const kind = asked === 'force' && forceTakes(input.nodeCount) ? 'force' : 'layered';
  // Boxes as tall as a metric may draw them: a force layout has no row gap to absorb the growth.
  const { x, y, width, height } =
    kind === 'force' ? forceLayout({ ...input, heights: new Float64Array(input.nodeCount).fill(TALLEST_NODE) }) : layeredLayout({ ...input, direction, maxAspect: fit.maxAspect });
  return { x, y, width, height, layout: kind };
}

/** Parse, build, analyse and lay out; reports each phase before it starts. */
export function runLoad(
  sources: SourceText[],
  direction: LayoutDirection,
  onPhase: (phase: LoadPhase) => void,
  fit: LayoutFit = {},
): { graph: GoGraph; analysis: Analysis; positions: Positions } {
  onPhase('parsing');
  const graph = loadSources(sources);
  onPhase('analysing');
  const analysis = analyze(graph);
  onPhase('layout');
  const positions = runLayout(layoutInput(graph), direction, fit);
  return { graph, analysis, positions };
}

/** Every distinct ArrayBuffer under a result, so postMessage moves them instead of copying. */
export function transferables(...arrays: (ArrayBufferView | null | undefined)[]): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const a of arrays) if (a && a.buffer instanceof ArrayBuffer) seen.add(a.buffer);
  return [...seen];
}

export function graphArrays(graph: GoGraph): (ArrayBufferView | null | undefined)[] {
  const csrs = [graph.requires, graph.requiredBy, graph.imports];
  return [
    ...csrs.flatMap((c) => (c ? [c.offsets, c.targets, c.weights] : [])),
    graph.importsTestOnly,
  ];
}

/** A share link's graph, analysed and laid out (in the link's direction and layout when it has them), and its view; throws the decoder's message. */
export function runSnapshot(
  fragment: string,
  direction: LayoutDirection,
  onPhase: (phase: LoadPhase) => void,
  fit: LayoutFit = {},
): { graph: GoGraph; analysis: Analysis; positions: Positions; view: ShareView } {
  onPhase('parsing');
  const decoded = decodeShare(fragment);
  if (!decoded.ok) throw new Error(decoded.error);
  const graph = graphFromSnapshot(decoded.snapshot);
  onPhase('analysing');
  const analysis = analyze(graph);
  onPhase('layout');
  const { view } = decoded.snapshot;
  const positions = runLayout(layoutInput(graph), view.direction ?? direction, fit, view.layout);
  return { graph, analysis, positions, view };
}
