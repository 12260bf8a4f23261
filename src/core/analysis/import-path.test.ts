import { describe, expect, it } from 'vitest';
import { shortestImportPath, whyPackageGraph } from './import-path';
import { testGraph } from './test-support/graph';

describe('shortestImportPath', () => {
  // app imports lib; lib imports util; app's test imports check directly (test variants folded into app.test).
  const graph = testGraph({
    mains: ['example.com/app'],
    packages: [
      { path: 'example.com/util', module: 'example.com/util' },
      { path: 'example.com/check', module: 'example.com/check' },
      { path: 'example.com/lib', module: 'example.com/lib', imports: ['example.com/util'], testImports: ['example.com/check'] },
      { path: 'example.com/app', module: 'example.com/app', imports: ['example.com/lib'] },
      { path: 'example.com/app [example.com/app.test]', module: 'example.com/app', test: true, imports: ['example.com/lib', 'example.com/check'] },
      { path: 'example.com/app.test', module: 'example.com/app', test: true, imports: ['example.com/app [example.com/app.test]'] },
    ],
  });
  const pg = whyPackageGraph(graph)!;
  const id = (path: string) => graph.modules.findIndex((m) => m.path === path);

  it('walks imports from the main packages', () => {
    expect(shortestImportPath(pg, id('example.com/util'))).toEqual(['example.com/app', 'example.com/lib', 'example.com/util']);
  });

  it('writes the test of a main package as X.test, as go mod why does', () => {
    expect(shortestImportPath(pg, id('example.com/check'))).toEqual(['example.com/app', 'example.com/app.test', 'example.com/check']);
  });

  it('answers a main module with its first package', () => {
    expect(shortestImportPath(pg, id('example.com/app'))).toEqual(['example.com/app']);
  });

  it('follows the test imports of dependencies when the imported package is loaded', () => {
    const g = testGraph({
      mains: ['example.com/app'],
      packages: [
        { path: 'example.com/check', module: 'example.com/check' },
        { path: 'example.com/lib', module: 'example.com/lib', testImports: ['example.com/check'] },
        { path: 'example.com/app', module: 'example.com/app', imports: ['example.com/lib'] },
      ],
    });
    const check = g.modules.findIndex((m) => m.path === 'example.com/check');
    expect(shortestImportPath(whyPackageGraph(g)!, check)).toEqual(['example.com/app', 'example.com/lib', 'example.com/lib.test', 'example.com/check']);
  });

  it('is null without packages or when no package of the module is loaded', () => {
    expect(whyPackageGraph(testGraph({ mains: ['m'] }))).toBeNull();
    expect(shortestImportPath(whyPackageGraph(testGraph({ mains: ['m'], packages: [], modules: { x: {} } }))!, 1)).toBeNull();
  });
});
