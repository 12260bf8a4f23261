// GO-FORMATS 5b: r in R labelled direct, used, but imported by no main package
// or test. A Windows-only or tagged import would make it a false positive, so
// without go mod why the finding says it covers one platform.
import type { Finding } from '../types';
import { ADD_PACKAGES, type FindingRule, label, ONE_PLATFORM, packagesLoaded, requireLine, requirementInputs, requirementsKnown, toolModules, whyLine, whyLoaded, whyShowsDirect } from './context';

// go mod why prints one shortest path: a test-only direct import can tie with a longer-looking one.
const WHY_ONLY = 'go mod why prints one shortest path: an import from a _test.go file can tie with an indirect path of the same length (add `go list -e -deps -test -json ./...`)';

/** Direct requirements the main module does not import: tidy marks them `// indirect`. */
export const shouldBeIndirect: FindingRule = {
  kind: 'should-be-indirect',
  available(graph) {
    const known = requirementsKnown(graph);
    if (known !== true) return known;
    return whyLoaded(graph) || packagesLoaded(graph) ? true : ADD_PACKAGES;
  },
  find(graph) {
    const packages = packagesLoaded(graph);
    const tools = toolModules(graph);
    const out: Finding[] = [];
    for (const m of graph.modules) {
      if (m.main || m.goMod !== 'direct' || tools.has(m.id)) continue;
      // Unused requirements are removed by tidy, not relabelled.
      const used = m.needed ?? m.used;
      if (used !== true) continue;
      if (m.directImport || (m.needed && whyShowsDirect(m))) continue;
      const evidence = [requireLine(graph, m)];
      if (packages) evidence.push(`no package or test of the main module imports ${m.path} (go list -deps${graph.packagesWithTests ? ' -test' : ', _test.go imports from TestImports'})`);
      if (m.needed) evidence.push(whyLine(m));
      const finding: Finding = {
        kind: 'should-be-indirect',
        severity: 'warning',
        modules: [m.path],
        message: `${label(m)} is listed as a direct requirement but only dependencies import it`,
        evidence,
        fix: 'go mod tidy',
        inputs: [...requirementInputs(graph), ...(packages ? (['go-list-deps'] as const) : []), ...(m.needed ? (['go-mod-why'] as const) : [])],
      };
      if (m.needed === null) finding.caveat = ONE_PLATFORM;
      else if (!packages) finding.caveat = WHY_ONLY;
      out.push(finding);
    }
    return out;
  },
};
