// Promise API over the load worker. Where Worker is missing (tests, Node,
// old browsers) the same functions run on the main thread.
import type { Analysis } from '../core/analysis';
import type { GoGraph } from '../core/model/types';
import type { SourceText } from '../core/parse/types';
import type { LayoutGraph } from './layout-input';
import type { LayoutDirection, LoadPhase, Positions, WorkerRequest, WorkerResponse } from './protocol';

export type { LayoutDirection, LoadPhase, Positions } from './protocol';

export interface LoadResult {
  graph: GoGraph;
  analysis: Analysis;
  positions: Positions;
}

interface Pending {
  resolve: (value: WorkerResponse) => void;
  reject: (err: Error) => void;
  onPhase?: (phase: LoadPhase) => void;
}

export interface LoadClient {
  load(sources: SourceText[], direction: LayoutDirection, onPhase?: (phase: LoadPhase) => void): Promise<LoadResult>;
  layout(graph: LayoutGraph, direction: LayoutDirection): Promise<Positions>;
}

// Loaded lazily: the parsers stay out of the first bundle when the worker runs them.
// The timeout lets the browser paint the progress state before the main thread is busy.
async function protocol() {
  await new Promise<void>((r) => setTimeout(r, 0));
  return import('./protocol');
}

function mainThreadClient(): LoadClient {
  return {
    async load(sources, direction, onPhase) {
      return (await protocol()).runLoad(sources, direction, (phase) => onPhase?.(phase));
    },
    async layout(graph, direction) {
      return (await protocol()).runLayout(graph, direction);
    },
  };
}

function workerClient(worker: Worker): LoadClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') return p.onPhase?.(msg.phase);
    pending.delete(msg.id);
    if (msg.type === 'failed') p.reject(new Error(msg.message));
    else p.resolve(msg);
  };
  worker.onerror = (event) => {
    const err = new Error(`the load worker stopped: ${event.message || 'unknown error'}`);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const send = (req: WorkerRequest, onPhase?: (phase: LoadPhase) => void) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(req.id, { resolve, reject, onPhase });
      worker.postMessage(req);
    });

  return {
    async load(sources, direction, onPhase) {
      const msg = await send({ type: 'load', id: nextId++, sources, direction }, onPhase);
      if (msg.type !== 'loaded') throw new Error(`unexpected worker reply "${msg.type}"`);
      return { graph: msg.graph, analysis: msg.analysis, positions: msg.positions };
    },
    async layout(graph, direction) {
      const msg = await send({ type: 'layout', id: nextId++, graph, direction });
      if (msg.type !== 'laid-out') throw new Error(`unexpected worker reply "${msg.type}"`);
      return msg.positions;
    },
  };
}

/** A worker-backed client, or a main-thread one where workers are unavailable. */
export function createLoadClient(): LoadClient {
  if (typeof Worker === 'undefined') return mainThreadClient();
  try {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module', name: 'gotopo-load' });
    return workerClient(worker);
  } catch {
    return mainThreadClient();
  }
}
