// Modules with a newer allowed version (go list -m -u `Update`).
import type { FindingRule } from './context';
import { listingNote, updatesLoaded } from './context';

/** Modules with an update available. */
export const outdated: FindingRule = {
  kind: 'outdated',
  available: updatesLoaded,
  find: (graph) =>
    graph.modules
      .filter((m) => !m.main && m.update)
      .map((m) => ({
        kind: 'outdated',
        severity: 'info',
        modules: [m.path],
        message: `${m.path}${listingNote(m)}: ${m.version} -> ${m.update!.version}`,
        evidence: [`go list -m -u: ${m.path} ${m.version} [${m.update!.version}]${m.update!.time ? ` released ${m.update!.time}` : ''}`],
        fix: `go get ${m.path}@${m.update!.version}`,
        inputs: ['go-list-m'],
      })),
};
