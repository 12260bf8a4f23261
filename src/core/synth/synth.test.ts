import { describe, expect, it } from 'vitest';
import { compareSemver, isValidSemver, splitModuleVersion, splitPathVersion } from '../semver';
import { generateGoProject } from './index';

const project = generateGoProject({ modules: 300, edges: 1500, seed: 42 });
const lines = project.modGraph.trim().split('\n').map((l) => l.split(' '));
/** Splits go list -json output on the closing brace at a line start, as the app's fast path does. */
const objects = (text: string): Record<string, unknown>[] =>
  text.split(/^}\n?/m).filter((s) => s.trim()).map((s) => JSON.parse(`${s}}`) as Record<string, unknown>);
const modules = objects(project.listModules);

describe('generateGoProject', () => {
  it('prints the requested number of go mod graph lines, two tokens each', () => {
    expect(lines).toHaveLength(1500);
    for (const l of lines) expect(l).toHaveLength(2);
  });

  it('has the main module bare and requiring every module directly (go >= 1.17)', () => {
    const fromMain = new Set(lines.filter(([a]) => a === project.mainPath).map(([, b]) => splitModuleVersion(b).path));
    expect(lines.every(([a, b]) => (a === project.mainPath || a.includes('@')) && b.includes('@'))).toBe(true);
    expect(fromMain.size).toBe(299);
  });

  it('selects the highest version of each path, as go list -m reports it', () => {
    const highest = new Map<string, string>();
    for (const node of lines.flat().filter((n) => n.includes('@'))) {
      const { path, version } = splitModuleVersion(node);
      expect(isValidSemver(version)).toBe(true);
      const major = splitPathVersion(path)?.pathMajor.replace(/^[./]v/, '');
      if (major) expect(version.startsWith(`v${major}.`)).toBe(true);
      const seen = highest.get(path);
      if (!seen || compareSemver(version, seen) > 0) highest.set(path, version);
    }
    expect(modules).toHaveLength(300);
    for (const m of modules.slice(1)) expect(m.Version).toBe(highest.get(m.Path as string));
  });

  it('writes go list -m -json: main first, then sorted by path, most modules indirect', () => {
    expect(project.listModules.startsWith('{\n\t"Path": ')).toBe(true);
    expect(modules[0]).toMatchObject({ Path: project.mainPath, Main: true });
    const paths = modules.slice(1).map((m) => m.Path as string);
    expect(paths).toEqual([...paths].sort());
    const indirect = modules.filter((m) => m.Indirect === true).length;
    expect(indirect).toBeGreaterThan(200);
    expect(indirect).toBeLessThan(299);
  });

  it('concentrates fan-in on a few base libraries', () => {
    const dependents = new Map<string, Set<string>>();
    for (const [a, b] of lines) {
      if (a === project.mainPath) continue;
      const to = splitModuleVersion(b).path;
      dependents.set(to, (dependents.get(to) ?? new Set()).add(splitModuleVersion(a).path));
    }
    const top = Math.max(...[...dependents.values()].map((s) => s.size));
    expect(top).toBeGreaterThan(299 / 4);
  });

  it('is deterministic per seed', () => {
    const again = generateGoProject({ modules: 300, edges: 1500, seed: 42 });
    const other = generateGoProject({ modules: 300, edges: 1500, seed: 43 });
    expect(again.modGraph).toBe(project.modGraph);
    expect(again.listModules).toBe(project.listModules);
    expect(again.listDeps(50_000)).toBe(project.listDeps(50_000));
    expect(other.modGraph).not.toBe(project.modGraph);
  });

  it('streams go list -deps -json of about the requested size, dependencies first', () => {
    const text = project.listDeps(400_000);
    expect(text.length).toBeGreaterThanOrEqual(400_000);
    expect(text.length).toBeLessThan(500_000);
    const packages = objects(text);
    const seen = new Set<string>();
    const versions = new Map(modules.map((m) => [m.Path, m.Version]));
    for (const p of packages) {
      const imports = (p.Imports as string[] | undefined) ?? [];
      const deps = (p.Deps as string[] | undefined) ?? [];
      expect(deps).toEqual([...deps].sort());
      for (const i of imports) {
        expect(seen.has(i)).toBe(true);
        expect(deps).toContain(i);
      }
      const module = p.Module as { Path: string; Version?: string } | undefined;
      if (module) expect(module.Version).toBe(versions.get(module.Path));
      else expect(p.Standard).toBe(true);
      seen.add(p.ImportPath as string);
    }
    expect(packages.some((p) => p.Standard === true)).toBe(true);
    expect(packages.filter((p) => (p.Module as { Main?: boolean } | undefined)?.Main).length).toBeGreaterThan(3);
  });
});
