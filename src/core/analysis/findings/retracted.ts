// Selected versions their authors retracted (go list -m -u or -retracted).
import type { FindingRule } from './context';
import { label, listingNote, updatesLoaded } from './context';

/** Retracted versions in the build list. */
export const retracted: FindingRule = {
  kind: 'retracted',
  available: updatesLoaded,
  find: (graph) =>
    graph.modules
      .filter((m) => !m.main && m.retracted)
      .map((m) => ({
        kind: 'retracted',
        severity: 'error',
        modules: [m.path],
        message: `${label(m)}${listingNote(m)} is retracted by its author`,
        evidence: (m.retracted ?? []).map((r) => `go list -m: Retracted: ${r}`),
        fix: `go get ${m.path}@${m.update?.version ?? 'latest'}`,
        inputs: ['go-list-m'],
      })),
};
