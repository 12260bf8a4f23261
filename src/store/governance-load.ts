// Loads a snapshot for the governance views through the app's load client,
// showing progress and failures the way a normal load does.
import type { LoadClient, LoadPhase, LoadProgress, LoadSource } from '../worker/client';
import type { AppStore } from './app-store';
import { loadFailure } from './load-error';
import type { Snapshot } from './governance-store';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** A share link (`…#g=3.…` or `g=3.…`) as its fragment, or null when the text is not one. */
export function shareFragment(text: string): string | null {
  const m = /(?:^|#)(g=\d{1,6}\.\S+)$/.exec(text.trim());
  return m ? m[1] : null;
}

export function createSnapshotLoader(app: AppStore, client: LoadClient) {
  // The client reports a phase name or a progress object, depending on the call.
  const progress = (label: string) => (p: LoadPhase | LoadProgress) =>
    app.setState({ loading: { ...(typeof p === 'string' ? { phase: p } : p), names: [label] } });
  const fit = () => ({ maxAspect: app.getState().graphAspect });

  /** Parses, analyses and lays out texts; throws an error naming the source when none is recognised. */
  async function fromSources(sources: LoadSource[], label: string): Promise<Snapshot> {
    const result = await client.load(sources, app.getState().direction, progress(label));
    const failure = loadFailure(result.graph, sources.map((s) => s.name));
    if (failure) throw new Error(failure.message);
    return { label, sources, graph: result.graph, analysis: result.analysis, positions: result.positions };
  }

  /** A share link's graph, rebuilt and analysed in the worker (a link carries no texts to re-parse). */
  async function fromLink(fragment: string, label: string): Promise<Snapshot> {
    try {
      const r = await client.snapshot(fragment, app.getState().direction, progress(label), fit());
      return { label, sources: [], graph: r.graph, analysis: r.analysis, positions: r.positions };
    } catch (err) {
      throw new Error(`Could not read the link: ${message(err)}`);
    }
  }

  /** Runs a governance load: progress in the loading bar, failures in the error alert; null when it failed. */
  async function guarded<T>(label: string, work: () => Promise<T>): Promise<T | null> {
    app.setState({ loading: { phase: 'reading', names: [label] }, error: null });
    try {
      return await work();
    } catch (err) {
      const text = message(err);
      if (text === 'cancelled') return null;
      app.setState({ error: { message: text.startsWith('Could not') ? text : `Could not load ${label}: ${text}`, diagnostics: [] } });
      return null;
    } finally {
      app.setState({ loading: null });
    }
  }

  return { fromSources, fromLink, guarded };
}

export type SnapshotLoader = ReturnType<typeof createSnapshotLoader>;
