// Messages between the app and the load worker, and the one pure function
// both sides run (in the worker, or on the main thread where Worker is missing).
import { analyze } from '../core/analysis';
import type { Analysis } from '../core/analysis';
import { loadSources } from '../core/load';
import { layeredLayout } from '../core/layout';
import type { GoGraph } from '../core/model/types';
import { layoutInput } from './layout-input';
import type { LayoutGraph } from './layout-input';
import type { SourceText } from '../core/parse/types';

export type LayoutDirection = 'TB' | 'LR';
export type { LayoutGraph } from './layout-input';

export interface Positions {
  x: Float64Array;
  y: Float64Array;
  width: number;
  height: number;
}

export type LoadPhase = 'reading' | 'parsing' | 'analysing' | 'layout';

export type WorkerRequest =
  | { type: 'load'; id: number; sources: SourceText[]; direction: LayoutDirection }
  | { type: 'layout'; id: number; graph: LayoutGraph; direction: LayoutDirection };

export type WorkerResponse =
  | { type: 'progress'; id: number; phase: LoadPhase }
  | { type: 'loaded'; id: number; graph: GoGraph; analysis: Analysis; positions: Positions }
  | { type: 'laid-out'; id: number; positions: Positions }
  | { type: 'failed'; id: number; message: string };

export function runLayout(input: LayoutGraph, direction: LayoutDirection): Positions {
  const { x, y, width, height } = layeredLayout({ ...input, direction });
  return { x, y, width, height };
}

/** Parse, build, analyse and lay out; reports each phase before it starts. */
export function runLoad(
  sources: SourceText[],
  direction: LayoutDirection,
  onPhase: (phase: LoadPhase) => void,
): { graph: GoGraph; analysis: Analysis; positions: Positions } {
  onPhase('parsing');
  const graph = loadSources(sources);
  onPhase('analysing');
  const analysis = analyze(graph);
  onPhase('layout');
  const positions = runLayout(layoutInput(graph), direction);
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
