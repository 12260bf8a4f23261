// Promise API over the load worker. Where Worker is missing (tests, Node,
// old browsers) the same functions run on the main thread.
import type { Analysis } from '../core/analysis';
import type { GoGraph } from '../core/model/types';
import type { ShareView } from '../core/share';
import type { LayoutGraph } from './layout-input';
import type { LayoutDirection, LayoutFit, LayoutKind, LoadProgress, Positions, WorkerRequest, WorkerResponse } from './protocol';
import { nextTask } from './next-task';
import { readSources } from './stream-read';
import type { LoadSource } from './stream-read';

export type { LayoutDirection, LayoutFit, LayoutKind, LoadPhase, LoadProgress, Positions } from './protocol';
export type { ByteProgress, FileSource, LoadSource } from './stream-read';

/** The load was cancelled by the user (the worker was stopped). */
export class LoadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'LoadCancelled';
  }
}

export interface LoadResult {
  graph: GoGraph;
  analysis: Analysis;
  positions: Positions;
}

export interface SnapshotResult extends LoadResult {
  view: ShareView;
}

interface Pending {
  resolve: (value: WorkerResponse) => void;
  reject: (err: Error) => void;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadClient {
  /** Reads (files in chunks), parses, analyses and lays out; onProgress hears each phase and, while reading, the bytes. */
  load(sources: LoadSource[], direction: LayoutDirection, onProgress?: (progress: LoadProgress) => void, fit?: LayoutFit): Promise<LoadResult>;
  /** Positions for the graph: layered in `direction` (fitted to `fit`), or force-directed. */
  layout(graph: LayoutGraph, direction: LayoutDirection, fit?: LayoutFit, kind?: LayoutKind): Promise<Positions>;
  /** A share link's graph (fragment `g=<version>.<data>`), analysed and laid out, with the link's view; rejects with the decoder's message. */
  snapshot(fragment: string, direction: LayoutDirection, onProgress?: (progress: LoadProgress) => void, fit?: LayoutFit): Promise<SnapshotResult>;
  /** Stops the work in flight (its promises reject with LoadCancelled); a no-op on the main thread. */
  cancel(): void;
}

// Loaded lazily: the parsers stay out of the first bundle when the worker runs them.
// The timeout lets the browser paint the progress state before the main thread is busy.
async function protocol() {
  await nextTask();
  return import('./protocol');
}

function mainThreadClient(): LoadClient {
  return {
    async load(sources, direction, onProgress, fit) {
      const texts = await readSources(sources, (bytes) => onProgress?.({ phase: 'reading', ...bytes }));
      return (await protocol()).runLoad(texts, direction, (phase) => onProgress?.({ phase }), fit);
    },
    async layout(graph, direction, fit, kind) {
      return (await protocol()).runLayout(graph, direction, fit, kind);
    },
    async snapshot(fragment, direction, onProgress, fit) {
      return (await protocol()).runSnapshot(fragment, direction, (phase) => onProgress?.({ phase }), fit);
    },
    cancel() {},
  };
}

function workerClient(spawn: () => Worker): LoadClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const rejectAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const start = () => {
    const w = spawn();
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') {
        // Phase marks let the bench split a load's time (read, parse, analyse, lay out).
        if (msg.total === undefined) performance.mark(`gotopo:phase:${msg.phase}`);
        return p.onProgress?.({ phase: msg.phase, loaded: msg.loaded, total: msg.total });
      }
      pending.delete(msg.id);
      // The worker's phase times, and the transfer (structured clone in and out), for the bench.
      if (msg.type === 'loaded' && msg.phases) {
        const transfer = Math.max(0, performance.timeOrigin + performance.now() - msg.phases.postedAt);
        performance.mark('gotopo:worker-phases', { detail: { ...msg.phases, transfer } });
      }
      if (msg.type === 'failed') p.reject(new Error(msg.message));
      else p.resolve(msg);
    };
    w.onerror = (event) => rejectAll(new Error(`the load worker stopped: ${event.message || 'unknown error'}`));
    return w;
  };
  let worker = start();

  const send = (req: WorkerRequest, onProgress?: (progress: LoadProgress) => void) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(req.id, { resolve, reject, onProgress });
      worker.postMessage(req);
    });

  return {
    async load(sources, direction, onProgress, fit) {
      const msg = await send({ type: 'load', id: nextId++, sources, direction, fit }, onProgress);
      if (msg.type !== 'loaded') throw new Error(`unexpected worker reply "${msg.type}"`);
      return { graph: msg.graph, analysis: msg.analysis, positions: msg.positions };
    },
    async layout(graph, direction, fit, kind) {
      const msg = await send({ type: 'layout', id: nextId++, graph, direction, fit, kind });
      if (msg.type !== 'laid-out') throw new Error(`unexpected worker reply "${msg.type}"`);
      return msg.positions;
    },
    async snapshot(fragment, direction, onProgress, fit) {
      const msg = await send({ type: 'snapshot', id: nextId++, fragment, direction, fit }, onProgress);
      if (msg.type !== 'loaded') throw new Error(`unexpected worker reply "${msg.type}"`);
      return { graph: msg.graph, analysis: msg.analysis, positions: msg.positions, view: msg.view ?? {} };
    },
    // Terminating is the only way to stop a synchronous parse; a fresh worker takes the next request.
    cancel() {
      worker.terminate();
      rejectAll(new LoadCancelled());
      worker = start();
    },
  };
}

/** A worker-backed client, or a main-thread one where workers are unavailable. */
export function createLoadClient(): LoadClient {
  if (typeof Worker === 'undefined') return mainThreadClient();
  try {
    const spawn = () => new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module', name: 'gotopo-load' });
    return workerClient(spawn);
  } catch {
    return mainThreadClient();
  }
}
