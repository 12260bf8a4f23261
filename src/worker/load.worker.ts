// The load worker only dispatches: the work itself lives in protocol.ts.
import { graphArrays, runLayout, runLoad, transferables } from './protocol';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (msg: WorkerResponse, transfer: ArrayBuffer[] = []) => self.postMessage(msg, { transfer });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'load') {
      const { graph, analysis, positions } = runLoad(req.sources, req.direction, (phase) =>
        post({ type: 'progress', id: req.id, phase }),
      );
      post(
        { type: 'loaded', id: req.id, graph, analysis, positions },
        transferables(...graphArrays(graph), positions.x, positions.y),
      );
    } else {
      const positions = runLayout(req.graph, req.direction);
      post({ type: 'laid-out', id: req.id, positions }, transferables(positions.x, positions.y));
    }
  } catch (err) {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
