// Several libraries of one family (families.ts) in one build. Built-in ones
// count when packages are loaded; otherwise the build list, with a caveat.
import type { ModuleNode } from '../../model/types';
import { majorLine } from '../../semver';
import type { Finding } from '../types';
import { type FindingRule, hasInput, packagesLoaded } from './context';
import { LIBRARY_FAMILIES, type LibraryFamily } from './families';

/** Families with two or more members in the build. */
export const overlappingLibraries: FindingRule = {
  kind: 'overlapping-libraries',
  available: (graph) => (graph.modules.some((m) => !m.main) ? true : 'add `go list -m -json all` or `go mod graph`'),
  find(graph) {
    const familyOf = new Map<string, LibraryFamily>(LIBRARY_FAMILIES.flatMap((f) => f.modules.map((p) => [p, f] as const)));
    const members = new Map<LibraryFamily, Map<string, ModuleNode[]>>();
    const packages = packagesLoaded(graph);
    for (const m of graph.modules) {
      if (m.main || (packages && m.used !== true)) continue;
      const { prefix } = majorLine(m.path, m.version);
      const family = familyOf.get(prefix);
      if (!family) continue;
      const byPrefix = members.get(family) ?? new Map<string, ModuleNode[]>();
      members.set(family, byPrefix);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), m]);
    }
    const out: Finding[] = [];
    for (const family of LIBRARY_FAMILIES) {
      const byPrefix = members.get(family);
      if (!byPrefix || byPrefix.size < 2) continue;
      const mods = [...byPrefix.values()].flat();
      const directOnes = [...byPrefix.values()].filter((ms) => ms.some((m) => m.directImport)).length;
      const finding: Finding = {
        kind: 'overlapping-libraries',
        severity: directOnes >= 2 ? 'warning' : 'info',
        modules: mods.map((m) => m.path),
        message: `${byPrefix.size} ${family.job} libraries in the build: ${[...byPrefix.keys()].join(', ')}`,
        evidence: mods.map((m) => `${m.path} ${m.version}${m.directImport ? ': imported by the main module' : packages ? ': imported by dependencies' : ''}`),
        fix: 'standardise on one: move the main module\'s imports to it, then go mod tidy (dependencies may still pull in the others)',
        inputs: [hasInput(graph, 'go-list-m') ? 'go-list-m' : 'go-mod-graph', ...(packages ? (['go-list-deps'] as const) : [])],
      };
      if (!packages) finding.caveat = 'from the build list only: without go list -deps some of them may not be compiled in';
      out.push(finding);
    }
    return out;
  },
};
