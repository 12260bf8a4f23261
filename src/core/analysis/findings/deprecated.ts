// Modules whose latest go.mod says `// Deprecated:` (go list -m -u).
import type { FindingRule } from './context';
import { label, listingNote, updatesLoaded } from './context';

/** Deprecated modules in the build list. */
export const deprecated: FindingRule = {
  kind: 'deprecated',
  available: updatesLoaded,
  find: (graph) =>
    graph.modules
      .filter((m) => !m.main && m.deprecated)
      .map((m) => ({
        kind: 'deprecated',
        severity: 'warning',
        modules: [m.path],
        message: `${label(m)}${listingNote(m)} is deprecated: ${m.deprecated}`,
        evidence: [`go list -m -u: Deprecated: ${m.deprecated}`],
        fix: `move off ${m.path} as its notice says, then go mod tidy`,
        inputs: ['go-list-m'],
      })),
};
