// Many services at once: the base libraries they share and the modules whose
// selected versions are fragmented across them.
import type { GoGraph } from '../model/types';
import { compareSemver } from '../semver';

/** One loaded service; `name` defaults to its main module path. */
export interface OrgProject {
  name?: string;
  graph: GoGraph;
}

export interface SharedModule {
  path: string;
  /** Services selecting it (as a non-main module), in input order. */
  services: string[];
}

export interface FragmentedModule {
  path: string;
  /** Ascending by Go semver; each with the services on it. */
  versions: { version: string; services: string[] }[];
  lowest: string;
  highest: string;
}

export interface OrgView {
  /** Service names, in input order (made unique with " #2", " #3"). */
  services: string[];
  /** Modules selected by two or more services, most services first, then by path. */
  shared: SharedModule[];
  /** Modules at two or more distinct selected versions, most versions first, then by path. */
  fragmented: FragmentedModule[];
}

/** The organisation view of several loads. */
export function orgView(projects: OrgProject[]): OrgView {
  const services = uniqueNames(projects.map((p) => p.name || mainPath(p.graph)));
  // path -> version -> services
  const usage = new Map<string, Map<string, string[]>>();
  projects.forEach((p, i) => {
    for (const m of p.graph.modules) {
      if (m.main || !m.version) continue;
      let versions = usage.get(m.path);
      if (!versions) usage.set(m.path, (versions = new Map()));
      versions.set(m.version, [...(versions.get(m.version) ?? []), services[i]]);
    }
  });
  const order = new Map(services.map((s, i) => [s, i]));
  const byService = (a: string, b: string) => order.get(a)! - order.get(b)!;
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const shared: SharedModule[] = [];
  const fragmented: FragmentedModule[] = [];
  for (const [path, versions] of usage) {
    const users = [...versions.values()].flat().sort(byService);
    if (users.length >= 2) shared.push({ path, services: users });
    if (versions.size < 2) continue;
    const sorted = [...versions.entries()].sort((a, b) => compareSemver(a[0], b[0])).map(([version, s]) => ({ version, services: s.sort(byService) }));
    fragmented.push({ path, versions: sorted, lowest: sorted[0].version, highest: sorted[sorted.length - 1].version });
  }
  shared.sort((a, b) => b.services.length - a.services.length || byPath(a, b));
  fragmented.sort((a, b) => b.versions.length - a.versions.length || byPath(a, b));
  return { services, shared, fragmented };
}

function mainPath(graph: GoGraph): string {
  return graph.mainIds.map((id) => graph.modules[id].path).join(', ') || '(unnamed)';
}

function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name} #${n}`;
    taken.add(unique);
    return unique;
  });
}
