// GO-FORMATS 5a: r in R, r not in U. Go's `go mod why -m` settles it for all
// platforms and tags; go list -deps alone covers one, so it says so.
import type { Finding } from '../types';
import { ADD_PACKAGES, type FindingRule, label, ONE_PLATFORM, packagesLoaded, requireLine, required, requirementInputs, requirementsKnown, toolModules, whyLine, whyLoaded } from './context';

/** Requirements no package needs: `go mod tidy` removes them. */
export const unusedRequirement: FindingRule = {
  kind: 'unused-requirement',
  available(graph) {
    const known = requirementsKnown(graph);
    if (known !== true) return known;
    return whyLoaded(graph) || packagesLoaded(graph) ? true : ADD_PACKAGES;
  },
  find(graph) {
    const tools = toolModules(graph);
    const out: Finding[] = [];
    for (const m of graph.modules) {
      if (m.main || !required(m)) continue;
      const base = {
        kind: 'unused-requirement' as const,
        severity: 'warning' as const,
        modules: [m.path],
        message: `${label(m)} is required in go.mod but no package of it is needed`,
        fix: 'go mod tidy',
      };
      if (m.needed === false) {
        out.push({ ...base, evidence: [requireLine(graph, m), whyLine(m)], inputs: [...requirementInputs(graph), 'go-mod-why'] });
      } else if (m.needed === null && m.used === false && m.testImportedByDeps !== true && !tools.has(m.id)) {
        // A module that tests of dependencies import is a version pin, reported as test-of-dependency-only.
        out.push({
          ...base,
          evidence: [requireLine(graph, m), `no package of ${m.path} in go list -deps (${graph.packageCount ?? 0} packages loaded)`],
          inputs: [...requirementInputs(graph), 'go-list-deps'],
          caveat: ONE_PLATFORM,
        });
      }
    }
    return out;
  },
};
