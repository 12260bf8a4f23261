import { describe, expect, it } from 'vitest';
import { hotMetrics, rankHot } from './hot';
import { randomEdges, testGraph } from './test-support/graph';

describe('hotMetrics', () => {
  // main -> a, b; a -> c; b -> c; c -> d
  const graph = testGraph({ mains: ['main'], requires: [['main', 'a'], ['main', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']] });
  const hot = hotMetrics(graph);
  const of = (path: string) => hot[graph.modules.findIndex((m) => m.path === path)];

  it('counts direct and transitive dependents and dependencies', () => {
    expect(of('c')).toMatchObject({ directDependents: 2, transitiveDependents: 3, transitiveDependencies: 1 });
    expect(of('main')).toMatchObject({ directDependents: 0, transitiveDependents: 0, transitiveDependencies: 4 });
  });

  it('gives the exclusive weight from the dominator tree', () => {
    expect(of('c')).toMatchObject({ exclusiveWeight: 1, exclusiveModules: [graph.modules.findIndex((m) => m.path === 'd')] });
    expect(of('a').exclusiveWeight).toBe(0);
    expect(of('main').exclusiveWeight).toBe(4);
  });

  it('leaves package metrics null without packages', () => {
    expect(of('c').importingPackages).toBeNull();
    expect(of('c').imports).toBeNull();
  });

  it('counts importing packages, folding test variants into their package', () => {
    const g = testGraph({
      mains: ['app'],
      packages: [
        { path: 'lib/x', module: 'lib' },
        { path: 'app/p', module: 'app', imports: ['lib/x'] },
        { path: 'app/p [app/p.test]', module: 'app', test: true, imports: ['lib/x'] },
        { path: 'app/p_test [app/p.test]', module: 'app', test: true, imports: ['lib/x'] },
        { path: 'app/q', module: 'app', imports: ['lib/x'] },
      ],
    });
    expect(hotMetrics(g)[g.modules.findIndex((m) => m.path === 'lib')].importingPackages).toBe(2);
  });
});

describe('rankHot', () => {
  it('ranks by a metric, highest first, skipping the given ids', () => {
    const graph = testGraph({ mains: ['main'], requires: [['main', 'a'], ['main', 'b'], ['a', 'b'], ['b', 'c']] });
    const ranked = rankHot(hotMetrics(graph), 'transitiveDependents', graph.mainIds).map((h) => graph.modules[h.id].path);
    expect(ranked).toEqual(['c', 'b', 'a']);
  });
});

describe('hotMetrics at scale', () => {
  it('analyses 10,000 modules and 100,000 requirement edges in well under a second', () => {
    const n = 10_000;
    // Acyclic-leaning edges (lower to higher id) plus a main module reaching the first hundred.
    const edges: [string, string][] = randomEdges(n, 100_000, 21).map(([a, b]) => [`m${Math.min(a, b)}`, `m${Math.max(a, b)}`]);
    for (let i = 0; i < 100; i++) edges.push(['main', `m${i}`]);
    const graph = testGraph({ mains: ['main'], requires: edges });
    const t0 = performance.now();
    const hot = hotMetrics(graph);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(hot[0].transitiveDependencies).toBeGreaterThan(n / 2);
  });
});
