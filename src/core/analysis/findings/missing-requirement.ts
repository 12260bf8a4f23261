// GO-FORMATS 5b: at go >= 1.17 go.mod lists every module that provides a
// package the main module builds (m in U \ R); before 1.17 it need not.
import type { GoGraph } from '../../model/types';
import type { Finding } from '../types';
import { ADD_PACKAGES, type FindingRule, label, packagesLoaded, requirementInputs, requirementsKnown } from './context';

/** The main module's `go` version, as [major, minor]; null when no input gives it. */
function mainGoVersion(graph: GoGraph): [number, number] | null {
  const text = graph.goMod?.go ?? graph.modules[graph.mainIds[0]]?.goVersion;
  const m = text ? /^(\d+)\.(\d+)/.exec(text) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Modules whose packages are built but which go.mod does not list. */
export const missingRequirement: FindingRule = {
  kind: 'missing-requirement',
  available(graph) {
    const known = requirementsKnown(graph);
    if (known !== true) return known;
    if (!packagesLoaded(graph)) return ADD_PACKAGES;
    const go = mainGoVersion(graph);
    return go && (go[0] > 1 || go[1] >= 17) ? true : 'go.mod lists every used module only from `go 1.17` on (add go.mod to tell its go version)';
  },
  find(graph) {
    const out: Finding[] = [];
    for (const m of graph.modules) {
      if (m.main || m.used !== true || m.goMod !== 'absent') continue;
      out.push({
        kind: 'missing-requirement',
        severity: 'error',
        modules: [m.path],
        message: `${label(m)} provides packages the main module builds but go.mod does not require it`,
        evidence: [`${m.packageCount} package(s) of ${m.path} in go list -deps`, `go.mod has no require line for ${m.path}`],
        fix: 'go mod tidy',
        inputs: [...requirementInputs(graph), 'go-list-deps'],
      });
    }
    return out;
  },
};
