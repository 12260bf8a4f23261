// GO-FORMATS 2 "Version skew": one path at >= 2 versions in go mod graph. Only
// the highest is built; the others are stale minimums. Says who asks for each.
import type { GoGraph, VersionEdge } from '../../model/types';
import { compareSemver, isGoPseudoModule } from '../../semver';
import type { Finding } from '../types';
import { ADD_GRAPH, type FindingRule } from './context';

/** Paths the requirement graph asks for at several versions. */
export const versionSkew: FindingRule = {
  kind: 'version-skew',
  available: (graph) => (graph.versionEdges.length > 0 ? true : ADD_GRAPH),
  find(graph) {
    const byTarget = new Map<number, VersionEdge[]>();
    for (const e of graph.versionEdges) {
      const list = byTarget.get(e.to);
      if (list) list.push(e);
      else byTarget.set(e.to, [e]);
    }
    const out: Finding[] = [];
    for (const [id, edges] of [...byTarget].sort((a, b) => a[0] - b[0])) {
      const m = graph.modules[id];
      if (m.main || isGoPseudoModule(m.path)) continue;
      const versions = [...new Set(edges.map((e) => e.toVersion))].sort(compareSemver);
      if (versions.length < 2) continue;
      const askers = (v: string) => edges.filter((e) => e.toVersion === v).map((e) => requirer(graph, e));
      const forcing = askers(m.version);
      out.push({
        kind: 'version-skew',
        severity: 'info',
        modules: [m.path],
        message: `${m.path} is required at ${versions.length} versions; ${m.version} is selected${forcing.length > 0 ? ` (required by ${forcing.join(', ')})` : ''}`,
        evidence: versions.map((v) => `${v}${v === m.version ? ' (selected)' : ''}: required by ${askers(v).join(', ') || '(nothing in the graph)'}`),
        fix: `none needed: only ${m.version} is built (MVS takes the highest minimum)`,
        inputs: ['go-mod-graph'],
      });
    }
    return out;
  },
};

// `path@version`, flagged when that version of the requirer is itself not selected (a stale edge).
function requirer(graph: GoGraph, e: VersionEdge): string {
  const from = graph.modules[e.from];
  if (e.fromVersion === '') return from.path;
  return `${from.path}@${e.fromVersion}${e.fromVersion === from.version ? '' : ' (not selected)'}`;
}
