// GO-FORMATS 5c: b in B \ (U and main): in the build list because some go.mod
// requires it, yet no package of it is built. Only go mod why rules out other
// platforms, tags and tests of dependencies.
import type { Finding } from '../types';
import { ADD_PACKAGES, type FindingRule, hasInput, label, packagesLoaded, requirers, toolModules, whyLine, whyLoaded } from './context';

const MAYBE_NEEDED = 'go list -deps covers one GOOS/GOARCH and build-tag set and no tests of dependencies: it may be needed there (add `go mod why -m all` to settle it)';

/** Modules in the requirement graph that add no code. */
export const graphOnly: FindingRule = {
  kind: 'graph-only',
  available: (graph) => (whyLoaded(graph) || packagesLoaded(graph) ? true : ADD_PACKAGES),
  find(graph) {
    const buildList = hasInput(graph, 'go-mod-graph') ? 'go-mod-graph' : 'go-list-m';
    const out: Finding[] = [];
    // A go.mod `tool` is in "all" (Go 1.24) though go list ./... does not load it.
    const tools = toolModules(graph);
    for (const m of graph.modules) {
      if (m.main || m.fromPackagesOnly || m.needed === true || m.used === true || tools.has(m.id)) continue;
      const unusedHere = m.used === false;
      if (m.needed !== false && !unusedHere) continue;
      const by = requirers(graph, m.id);
      const evidence = by.length > 0 ? [`required by ${by.join(', ')}`] : [];
      if (unusedHere) evidence.push(`no package of ${m.path} in go list -deps`);
      if (m.needed === false) evidence.push(whyLine(m));
      const finding: Finding = {
        kind: 'graph-only',
        severity: 'info',
        modules: [m.path],
        message: `${label(m)} is in the module graph but no package of it is built`,
        evidence,
        fix: 'none needed: it adds no code, only a minimum version for MVS (drop or upgrade its requirers to drop it)',
        inputs: [buildList, ...(unusedHere ? (['go-list-deps'] as const) : []), ...(m.needed === false ? (['go-mod-why'] as const) : [])],
      };
      if (m.needed === null) finding.caveat = MAYBE_NEEDED;
      out.push(finding);
    }
    return out;
  },
};
