// GO-FORMATS 5e: m not in U, needed only because a dependency's tests import it.
// go mod why's path through a dependency's `X.test` settles it; the TestImports
// of loaded dependencies alone suggest it for one platform.
import type { Finding } from '../types';
import { ADD_PACKAGES, type FindingRule, label, ONE_PLATFORM, packagesLoaded, required, whyLine, whyThroughDependencyTest } from './context';

/** Modules that only tests of dependencies need: never built into your binaries. */
export const testOfDependencyOnly: FindingRule = {
  kind: 'test-of-dependency-only',
  available: (graph) => (packagesLoaded(graph) ? true : ADD_PACKAGES),
  find(graph) {
    const out: Finding[] = [];
    for (const m of graph.modules) {
      if (m.main || m.used !== false) continue;
      const viaTest = m.needed === true ? whyThroughDependencyTest(graph, m) : null;
      if (!viaTest && !(m.needed === null && m.testImportedByDeps === true)) continue;
      const finding: Finding = {
        kind: 'test-of-dependency-only',
        severity: 'info',
        modules: [m.path],
        message: `${label(m)} is needed only by tests of dependencies${required(m) ? ' (go.mod keeps it as a version pin)' : ''}`,
        evidence: [...(viaTest ? [whyLine(m)] : []), ...m.testImporters.map((p) => `${p} imports it in a _test.go file`)],
        fix: 'none needed: tests of dependencies are not built into your binaries; go.sum keeps its hash for `go test all`',
        inputs: ['go-list-deps', ...(viaTest ? (['go-mod-why'] as const) : [])],
      };
      if (!viaTest) finding.caveat = ONE_PLATFORM;
      out.push(finding);
    }
    return out;
  },
};
