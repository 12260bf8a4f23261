import { describe, expect, it } from 'vitest';
import { resolveScope } from './scope';
import { graphFromModGraph } from './test-support/graph';

// app -> a -> c -> d, app -> b -> c, b -> e
const graph = graphFromModGraph(`
example.com/app example.com/a@v1.0.0
example.com/app example.com/b@v1.0.0
example.com/a@v1.0.0 example.com/c@v1.0.0
example.com/b@v1.0.0 example.com/c@v1.0.0
example.com/b@v1.0.0 example.com/e@v1.0.0
example.com/c@v1.0.0 example.com/d@v1.0.0
`);
const id = (name: string) => graph.modules.findIndex((m) => m.path === `example.com/${name}`);
const names = (ids: number[]) => ids.map((i) => graph.modules[i].path.slice(12)).sort();

describe('resolveScope', () => {
  it('whole graph', () => {
    expect(resolveScope(graph, { kind: 'all' }).edges).toHaveLength(6);
  });

  it('a set of modules keeps the edges among them and ignores unknown ids', () => {
    const s = resolveScope(graph, { kind: 'modules', ids: [id('a'), id('c'), id('d'), 99, -1] });
    expect(names(s.ids)).toEqual(['a', 'c', 'd']);
    expect(s.edges).toEqual([[id('a'), id('c')], [id('c'), id('d')]]);
  });

  it.each([
    ['dependencies', 1, ['c', 'd']],
    ['dependents', 1, ['a', 'b', 'c']],
    ['both', 1, ['a', 'b', 'c', 'd']],
    ['dependents', 2, ['a', 'app', 'b', 'c']],
  ] as const)('neighbourhood of c, %s, %i hops', (direction, hops, expected) => {
    expect(names(resolveScope(graph, { kind: 'neighbourhood', id: id('c'), hops, direction }).ids)).toEqual(expected);
  });

  it('paths: the union of shortest requirement paths only', () => {
    const s = resolveScope(graph, { kind: 'paths', id: id('d') });
    expect(names(s.ids)).toEqual(['a', 'app', 'b', 'c', 'd']);
    expect(s.edges).not.toContainEqual([id('b'), id('e')]);
    expect(s.edges).toHaveLength(5);
  });

  it('paths to an unreachable module is the module alone', () => {
    expect(resolveScope(graph, { kind: 'paths', id: id('app') })).toEqual({ ids: [id('app')], edges: [] });
  });
});
