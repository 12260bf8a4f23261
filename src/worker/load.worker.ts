// The load worker only dispatches: the work itself lives in protocol.ts.
import { graphArrays, runLayout, runLoad, runSnapshot, transferables } from './protocol';
import type { LoadPhase, PhaseTimes, WorkerRequest, WorkerResponse } from './protocol';
import { readSources, throttle } from './stream-read';
import { warmUpLoads } from './warm-up';

const post = (msg: WorkerResponse, transfer: ArrayBuffer[] = []) => self.postMessage(msg, { transfer });

// The worker warms its load code as soon as it starts (warm-up.ts); the first request stops that.
let requested = false;
// A failed warm-up costs only its speed-up: the load it would have sped up reports its own errors.
void warmUpLoads(() => requested).catch(() => undefined);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  requested = true;
  try {
    if (req.type === 'load') {
      const bytes = throttle((p: { loaded: number; total: number }) => post({ type: 'progress', id: req.id, phase: 'reading', ...p }), 50);
      // Each phase timed on the worker's clock (the bench's ingest figure: read + parse + analyse).
      const at: Partial<Record<LoadPhase | 'start' | 'end', number>> = { start: performance.now() };
      const texts = await readSources(req.sources, bytes);
      const { graph, analysis, positions } = runLoad(texts, req.direction, (phase) => {
        at[phase] = performance.now();
        post({ type: 'progress', id: req.id, phase });
      }, req.fit);
      at.end = performance.now();
      const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? 0 : to - from);
      const phases: PhaseTimes = {
        read: span(at.start, at.parsing),
        parse: span(at.parsing, at.analysing),
        analyse: span(at.analysing, at.layout),
        layout: span(at.layout, at.end),
        postedAt: performance.timeOrigin + performance.now(),
      };
      post(
        { type: 'loaded', id: req.id, graph, analysis, positions, phases },
        transferables(...graphArrays(graph), positions.x, positions.y),
      );
    } else if (req.type === 'snapshot') {
      const { graph, analysis, positions, view } = runSnapshot(req.fragment, req.direction, (phase) => post({ type: 'progress', id: req.id, phase }), req.fit);
      post({ type: 'loaded', id: req.id, graph, analysis, positions, view }, transferables(...graphArrays(graph), positions.x, positions.y));
    } else {
      const positions = runLayout(req.graph, req.direction, req.fit, req.kind);
      post({ type: 'laid-out', id: req.id, positions }, transferables(positions.x, positions.y));
    }
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
