// GO-FORMATS 5d: several major lines of one module in the build list. Effective
// when >= 2 of them are built in (both compiled into the binary).
import type { ModuleNode } from '../../model/types';
import { isGoPseudoModule, majorLine } from '../../semver';
import type { Finding } from '../types';
import { type FindingRule, hasInput, packagesLoaded } from './context';

/** Modules selected at two or more major versions. */
export const duplicateMajor: FindingRule = {
  kind: 'duplicate-major',
  available: (graph) => (graph.modules.some((m) => !m.main) ? true : 'add `go list -m -json all` or `go mod graph`'),
  find(graph) {
    const groups = new Map<string, { line: string; m: ModuleNode }[]>();
    for (const m of graph.modules) {
      if (isGoPseudoModule(m.path)) continue;
      const { prefix, line } = majorLine(m.path, m.version);
      const group = groups.get(prefix);
      if (group) group.push({ line, m });
      else groups.set(prefix, [{ line, m }]);
    }
    const packages = packagesLoaded(graph);
    const out: Finding[] = [];
    for (const [prefix, group] of groups) {
      if (new Set(group.map((g) => g.line)).size < 2) continue;
      group.sort((a, b) => lineNumber(a.line) - lineNumber(b.line));
      const built = group.filter((g) => g.m.used === true).length;
      const newest = group[group.length - 1].m;
      const finding: Finding = {
        kind: 'duplicate-major',
        severity: built >= 2 ? 'warning' : 'info',
        modules: group.map((g) => g.m.path),
        message: `${prefix} is in the build at ${group.length} major versions (${group.map((g) => g.line).join(', ')})${built >= 2 ? `, ${built} of them compiled in` : ''}`,
        evidence: group.map(({ line, m }) => `${line}: ${m.path} ${m.version}${m.used === true ? `, ${m.packageCount} package(s) built` : m.used === false ? ', no package built' : ''}`),
        fix: `move imports to ${newest.path} (the newest major), then go mod tidy`,
        inputs: [hasInput(graph, 'go-list-m') ? 'go-list-m' : 'go-mod-graph', ...(packages ? (['go-list-deps'] as const) : [])],
      };
      if (!packages) finding.caveat = 'without go list -deps only selection is known, not whether both are compiled in';
      out.push(finding);
    }
    return out;
  },
};

// "v0/v1" -> 1, "v3" -> 3, gopkg.in ".v0"-style lines -> their number.
function lineNumber(line: string): number {
  return line === 'v0/v1' ? 1 : Number(line.replace(/^v/, '')) || 0;
}
