// GO-FORMATS 5b: r in R labelled `// indirect`, but a main package or test
// imports it. One platform's import is already proof, so no caveat is needed.
import type { Finding } from '../types';
import { ADD_PACKAGES, directImportLine, type FindingRule, label, packagesLoaded, requireLine, requirementInputs, requirementsKnown, whyLine, whyLoaded, whyShowsDirect } from './context';

/** `// indirect` requirements that the main module imports directly. */
export const shouldBeDirect: FindingRule = {
  kind: 'should-be-direct',
  available(graph) {
    const known = requirementsKnown(graph);
    if (known !== true) return known;
    return whyLoaded(graph) || packagesLoaded(graph) ? true : ADD_PACKAGES;
  },
  find(graph) {
    const out: Finding[] = [];
    for (const m of graph.modules) {
      if (m.main || m.goMod !== 'indirect') continue;
      const importer = directImportLine(m);
      const byWhy = m.needed === true && whyShowsDirect(m);
      if (!importer && !byWhy) continue;
      out.push({
        kind: 'should-be-direct',
        severity: 'warning',
        modules: [m.path],
        message: `${label(m)} is marked // indirect but the main module imports it`,
        evidence: [requireLine(graph, m), ...(importer ? [importer] : []), ...(byWhy ? [whyLine(m)] : [])],
        fix: 'go mod tidy',
        inputs: [...requirementInputs(graph), ...(importer ? (['go-list-deps'] as const) : []), ...(byWhy ? (['go-mod-why'] as const) : [])],
      });
    }
    return out;
  },
};
