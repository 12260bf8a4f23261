import { describe, expect, it } from 'vitest';
import type { GoGraph } from '../../model/types';
import type { InputKind } from '../../parse/types';
import { csrOf, testGraph, type TestGraphSpec } from '../test-support/graph';
import type { Finding } from '../types';
import type { FindingRule } from './context';
import { deprecated } from './deprecated';
import { duplicateMajor } from './duplicate-major';
import { graphOnly } from './graph-only';
import { isDirectoryPath, localReplace } from './local-replace';
import { missingRequirement } from './missing-requirement';
import { outdated } from './outdated';
import { overlappingLibraries } from './overlapping-libraries';
import { retracted } from './retracted';
import { shouldBeDirect } from './should-be-direct';
import { shouldBeIndirect } from './should-be-indirect';
import { testOfDependencyOnly } from './test-of-dependency-only';
import { unusedRequirement } from './unused-requirement';
import { versionSkew } from './version-skew';

// A graph plus the inputs it claims, and main-module import edges to `imports` paths.
function graph(spec: TestGraphSpec & { inputs?: InputKind[]; imports?: string[] }): GoGraph {
  const g = testGraph(spec);
  g.inputs = (spec.inputs ?? []).map((kind) => ({ kind, source: kind, count: 1, unit: '' }));
  if (spec.imports) g.imports = csrOf(g.modules.length, spec.imports.map((p) => [0, g.modules.findIndex((m) => m.path === p)]));
  return g;
}
// The findings, or the "what to add" message when the rule is absent.
function run(rule: FindingRule, g: GoGraph): Finding[] | string {
  const ready = rule.available(g);
  return ready === true ? rule.find(g) : ready;
}
function found(rule: FindingRule, g: GoGraph): Finding[] {
  const out = run(rule, g);
  if (typeof out === 'string') throw new Error(`${rule.kind} absent: ${out}`);
  return out;
}
const modulesOf = (rule: FindingRule, g: GoGraph) => found(rule, g).map((f) => f.modules[0]);

describe('unused-requirement', () => {
  it("trusts go mod why's \"does not need\" without caveat", () => {
    const g = graph({ mains: ['app'], modules: { r: { goMod: 'direct', needed: false }, s: { goMod: 'indirect', needed: true } } });
    const [f, ...rest] = found(unusedRequirement, g);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ modules: ['r'], fix: 'go mod tidy', severity: 'warning' });
    expect(f.caveat).toBeUndefined();
  });

  it('from packages alone: caveated, and a module tests of dependencies import is left to test-of-dependency-only', () => {
    const g = graph({
      mains: ['app'],
      packages: [],
      modules: { r: { goMod: 'direct', used: false, testImportedByDeps: false }, t: { goMod: 'indirect', used: false, testImportedByDeps: true } },
    });
    const out = found(unusedRequirement, g);
    expect(out.map((f) => f.modules[0])).toEqual(['r']);
    expect(out[0].caveat).toMatch(/one GOOS\/GOARCH/);
  });

  it('is absent without go.mod labels, and without packages or why', () => {
    expect(run(unusedRequirement, graph({ mains: ['app'], modules: { r: {} } }))).toMatch(/go.mod/);
    expect(run(unusedRequirement, graph({ mains: ['app'], modules: { r: { goMod: 'direct' } } }))).toMatch(/go list -e -deps/);
  });
});

describe('should-be-direct and should-be-indirect', () => {
  const spec = {
    mains: ['app'],
    imports: ['imp'],
    packages: [
      { path: 'imp', module: 'imp' },
      { path: 'tst', module: 'tst' },
      { path: 'app', module: 'app', imports: ['imp'], testImports: ['tst/sub'] },
    ],
    modules: {
      imp: { goMod: 'indirect' as const, used: true },
      tst: { goMod: 'direct' as const, used: true },
      dep: { goMod: 'direct' as const, used: true },
      gone: { goMod: 'direct' as const, used: false },
    },
  };

  it('flags an // indirect requirement the main module imports, with the importing package', () => {
    const [f] = found(shouldBeDirect, graph(spec));
    expect(f.modules).toEqual(['imp']);
    expect(f.evidence).toContain('app imports imp');
  });

  it('flags a direct requirement only dependencies import; _test.go imports count as direct; unused ones are left to unused-requirement', () => {
    const out = found(shouldBeIndirect, graph(spec));
    expect(out.map((f) => f.modules[0])).toEqual(['dep']);
    expect(out[0].caveat).toMatch(/one GOOS\/GOARCH/);
  });

  it('with go mod why: a direct path (also via X.test) clears it, and no caveat is needed', () => {
    const g = graph({
      mains: ['app'],
      modules: {
        a: { goMod: 'direct', needed: true, whyPackages: ['app/cmd', 'a'] },
        b: { goMod: 'direct', needed: true, whyPackages: ['app/cmd', 'app/cmd.test', 'b'] },
        c: { goMod: 'direct', needed: true, whyPackages: ['app/cmd', 'a', 'c'] },
        d: { goMod: 'indirect', needed: true, whyPackages: ['app/cmd', 'd'] },
      },
    });
    expect(modulesOf(shouldBeIndirect, g)).toEqual(['c']);
    expect(found(shouldBeIndirect, g)[0].caveat).toMatch(/shortest path/);
    expect(modulesOf(shouldBeDirect, g)).toEqual(['d']);
  });
});

describe('missing-requirement', () => {
  const spec = (go: string) => ({ mains: ['app'], packages: [], modules: { app: { goVersion: go }, m: { goMod: 'absent' as const, used: true, packageCount: 2 }, r: { goMod: 'direct' as const, used: true } } });
  it('flags a built module go.mod does not list, from go 1.17 on', () => {
    expect(modulesOf(missingRequirement, graph(spec('1.21')))).toEqual(['m']);
    expect(run(missingRequirement, graph(spec('1.16')))).toMatch(/1\.17/);
  });
});

describe('graph-only and test-of-dependency-only', () => {
  const g = graph({
    mains: ['app'],
    requires: [['app', 'a'], ['a', 'g'], ['a', 'h'], ['a', 't']],
    packages: [],
    modules: {
      a: { used: true },
      g: { used: false, needed: false },
      h: { used: false, testImportedByDeps: true },
      t: { used: false, needed: true, whyPackages: ['app', 'a', 'a.test', 't'] },
    },
  });

  it('graph-only: not built; certain with go mod why, caveated without it, and not when why says needed', () => {
    const out = found(graphOnly, g);
    expect(out.map((f) => [f.modules[0], Boolean(f.caveat)])).toEqual([['g', false], ['h', true]]);
    expect(out[0].evidence[0]).toBe('required by a@v1.0.0');
  });

  it('graph-only: a module that provides a go.mod tool is in "all", so it is not reported', () => {
    const withTool = { ...g, goMod: { module: 'app', requires: [], replaces: [], excludes: [], retracts: [], tools: ['g/cmd/gen'] } };
    expect(found(graphOnly, withTool).map((f) => f.modules[0])).toEqual(['h']);
  });

  it('test-of-dependency-only: a why path through a dependency test, or TestImports of dependencies with a caveat', () => {
    const out = found(testOfDependencyOnly, g);
    expect(out.map((f) => [f.modules[0], Boolean(f.caveat)])).toEqual([['h', true], ['t', false]]);
  });
});

describe('duplicate-major', () => {
  it('groups major lines; effective (warning) when two are built', () => {
    const g = graph({
      mains: ['app'],
      packages: [],
      modules: {
        'gopkg.in/yaml.v2': { used: true, version: 'v2.4.0' },
        'gopkg.in/yaml.v3': { used: true, version: 'v3.0.1' },
        'example.com/lib': { used: false, version: 'v1.2.0' },
        'example.com/lib/v3': { used: true, version: 'v3.0.0' },
        'example.com/solo': { used: true },
      },
    });
    const out = found(duplicateMajor, g);
    expect(out.map((f) => [f.modules, f.severity])).toEqual([
      [['example.com/lib', 'example.com/lib/v3'], 'info'],
      [['gopkg.in/yaml.v2', 'gopkg.in/yaml.v3'], 'warning'],
    ]);
    expect(out[0].fix).toMatch(/example\.com\/lib\/v3/);
  });

  it('counts a +incompatible version as its own major line', () => {
    const g = graph({ mains: ['app'], modules: { 'example.com/d': { version: 'v20.10.7+incompatible' }, 'example.com/d/v3': { version: 'v3.0.0' } } });
    expect(found(duplicateMajor, g)[0].message).toMatch(/v3, v20|v20, v3/);
  });
});

describe('version-skew', () => {
  it('names who requires each version and who forces the selected one', () => {
    const g = graph({ mains: ['app'], modules: { a: {}, b: {}, log: { version: 'v1.2.0' } } });
    const id = (p: string) => g.modules.findIndex((m) => m.path === p);
    g.versionEdges = [
      { from: id('app'), fromVersion: '', to: id('log'), toVersion: 'v1.2.0' },
      { from: id('a'), fromVersion: 'v1.0.0', to: id('log'), toVersion: 'v1.1.0' },
      { from: id('b'), fromVersion: 'v0.9.0', to: id('log'), toVersion: 'v1.0.0' },
      { from: id('app'), fromVersion: '', to: id('a'), toVersion: 'v1.0.0' },
    ];
    const [f, ...rest] = found(versionSkew, g);
    expect(rest).toEqual([]);
    expect(f.message).toBe('log is required at 3 versions; v1.2.0 is selected (required by app)');
    expect(f.evidence).toEqual(['v1.0.0: required by b@v0.9.0 (not selected)', 'v1.1.0: required by a@v1.0.0', 'v1.2.0 (selected): required by app']);
    expect(run(versionSkew, graph({ mains: ['app'] }))).toMatch(/go mod graph/);
  });
});

describe('overlapping-libraries', () => {
  it('reports two built libraries of one family, warning when the main module imports both', () => {
    const spec = { mains: ['app'], packages: [], modules: { 'github.com/sirupsen/logrus': { used: true }, 'go.uber.org/zap': { used: true }, 'github.com/google/uuid': { used: true } } };
    expect(found(overlappingLibraries, graph(spec)).map((f) => [f.modules, f.severity])).toEqual([
      [['github.com/sirupsen/logrus', 'go.uber.org/zap'], 'info'],
    ]);
    const both = graph({
      ...spec,
      packages: [
        { path: 'app', module: 'app', imports: ['github.com/sirupsen/logrus', 'go.uber.org/zap'] },
        { path: 'github.com/sirupsen/logrus', module: 'github.com/sirupsen/logrus' },
        { path: 'go.uber.org/zap', module: 'go.uber.org/zap' },
      ],
    });
    expect(found(overlappingLibraries, both)[0].severity).toBe('warning');
  });
});

describe('deprecated, retracted, outdated', () => {
  const g = graph({
    mains: ['app'],
    modules: {
      old: { deprecated: 'use new', goMod: 'direct' },
      bad: { retracted: ['deadlock'], update: { version: 'v1.0.1' } },
      up: { update: { version: 'v1.3.0' } },
    },
  });
  it('read go list -m -u fields, with the fixing go get', () => {
    expect(found(deprecated, g)[0].message).toBe('old v1.0.0 (direct) is deprecated: use new');
    expect(found(retracted, g)[0].fix).toBe('go get bad@v1.0.1');
    expect(found(outdated, g).map((f) => f.fix)).toEqual(['go get bad@v1.0.1', 'go get up@v1.3.0']);
  });
  it('are absent without update data', () => {
    expect(run(outdated, graph({ mains: ['app'], modules: { x: {} } }))).toMatch(/go list -m -u/);
  });
});

describe('local-replace', () => {
  it('recognises directory paths in Unix and Windows syntax only', () => {
    for (const p of ['./x', '../x', '/abs', '.', '..', '.\\x', '..\\x', '\\x', 'C:\\x', 'c:/x']) expect(isDirectoryPath(p), p).toBe(true);
    for (const p of ['github.com/fork/x', 'example.com/./x', '.x']) expect(isDirectoryPath(p), p).toBe(false);
  });
  it('reports a module replaced by a directory', () => {
    const g = graph({ mains: ['app'], inputs: ['go-list-m'], modules: { a: { replace: { path: '../a' } }, b: { replace: { path: 'github.com/fork/b', version: 'v1.0.0' } } } });
    const [f, ...rest] = found(localReplace, g);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ modules: ['a'], message: 'a is replaced by the local directory ../a', fix: 'go mod edit -dropreplace=a (once the change is published), then go mod tidy' });
  });
});
