import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { compareSemver } from '../semver';
import { readFixture } from '../test-support/fixtures';
import { orgView } from './org';

// Independent selection: the highest version of each path in go mod graph, main module (no @) excluded.
function selectedFrom(modgraph: string): Map<string, string> {
  const selected = new Map<string, string>();
  for (const node of modgraph.trim().split(/\s+/)) {
    const [path, version] = node.split('@');
    if (version && path !== 'go' && path !== 'toolchain' && compareSemver(version, selected.get(path) ?? '') > 0) selected.set(path, version);
  }
  return selected;
}

const SERVICES = [
  { name: 'github.com/gin-gonic/gin', load: [['gin', 'modgraph.txt'], ['gin', 'golist-m.json']], raw: ['gin', 'modgraph.txt'] },
  { name: 'github.com/syncthing/syncthing', load: [['syncthing', 'modgraph.txt'], ['syncthing', 'golist-m.json']], raw: ['syncthing', 'modgraph.txt'] },
  { name: 'github.com/bearer/bearer', load: [['committed-real/bearer', 'go.mod.graph']], raw: ['committed-real/bearer', 'modgraph.txt'] },
];

describe('orgView of gin, syncthing and bearer', () => {
  const projects = SERVICES.map((s) => ({ graph: loadSources(s.load.map(([p, f]) => ({ name: f, text: readFixture(p, f) }))) }));
  const view = orgView(projects);
  const raw = SERVICES.map((s) => ({ name: s.name, selected: selectedFrom(readFixture(s.raw[0], s.raw[1])) }));

  it('names each service by its main module path', () => {
    expect(view.services).toEqual(SERVICES.map((s) => s.name));
  });

  it('lists every module two or more services select, with those services, most shared first', () => {
    const users = new Map<string, string[]>();
    raw.forEach((r, i) => { for (const path of r.selected.keys()) users.set(path, [...(users.get(path) ?? []), view.services[i]]); });
    const expected = [...users].filter(([, s]) => s.length >= 2).map(([path, services]) => ({ path, services }));
    expect([...view.shared].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(expected.sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(view.shared.map((s) => s.services.length)).toEqual([...view.shared.map((s) => s.services.length)].sort((a, b) => b - a));
    expect(view.shared.filter((s) => s.services.length === 3).length).toBeGreaterThan(5);
  });

  it('reports every module at two or more versions, with who is on which, lowest and highest', () => {
    const paths = new Set(raw.flatMap((r) => [...r.selected.keys()]));
    const expected = [...paths].flatMap((path) => {
      const on = raw.flatMap((r, i) => (r.selected.has(path) ? [[r.selected.get(path)!, view.services[i]]] : []));
      const versions = [...new Set(on.map(([v]) => v))].sort(compareSemver);
      if (versions.length < 2) return [];
      return [{ path, versions: versions.map((version) => ({ version, services: on.filter(([v]) => v === version).map(([, s]) => s) })), lowest: versions[0], highest: versions.at(-1) }];
    });
    expect(view.fragmented.length).toBe(expected.length);
    expect([...view.fragmented].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(expected.sort((a, b) => (a.path < b.path ? -1 : 1)));
    const xsys = view.fragmented.find((f) => f.path === 'golang.org/x/sys')!;
    expect(xsys.versions).toHaveLength(3);
  });

  it('makes duplicate names unique and keeps given names', () => {
    const g = projects[0].graph;
    expect(orgView([{ graph: g }, { graph: g }, { name: 'api', graph: g }]).services).toEqual(['github.com/gin-gonic/gin', 'github.com/gin-gonic/gin #2', 'api']);
  });
});
