import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analysis';
import { loadSources } from '../core/load';
import { decodeShare, graphFromSnapshot } from '../core/share';
import { readFixture } from '../core/test-support/fixtures';
import { createAppStore } from './app-store';
import { FORCE_MAX_NODES } from '../core/layout/force';
import { hotRanking } from './export-tables';
import { buildShareLink, SHARE_LINK_WARN_CHARS, shareScopes } from './share-link';
import { shareToView, viewToShare } from './share-view';

const dir = 'committed-real/bearer';
const graph = loadSources(['golist-m.json', 'modgraph.txt'].map((name) => ({ name, text: readFixture(dir, name) })));
const base = { origin: 'https://example.org', pathname: '/gotopo/' };
const sys = graph.modules.find((m) => m.path === 'golang.org/x/sys')!.id;

const fragmentOf = (url: string) => url.slice(url.indexOf('#'));

describe('share links', () => {
  it('carries the view, and restores it exactly', () => {
    const state = { ...createAppStore().getState(), graph, selectedId: sys, panel: 'module' as const, colourMode: 'hotness' as const, direction: 'LR' as const, layout: 'force' as const, focusHops: 2 };
    const link = buildShareLink(base, graph, viewToShare(state));
    expect(link.url.startsWith('https://example.org/gotopo/#g=')).toBe(true);
    const decoded = decodeShare(fragmentOf(link.url));
    if (!decoded.ok) throw new Error(decoded.error);
    const rebuilt = graphFromSnapshot(decoded.snapshot);
    expect(shareToView(decoded.snapshot.view, rebuilt)).toEqual({
      selectedId: sys, panel: 'module', colourMode: 'hotness', sizeMetric: 'transitiveDependents', direction: 'LR', layout: 'force',
      showImports: false, hotSort: 'transitiveDependents', hotDirection: 'descending', hotFilter: '', grouped: false, expandedGroups: [], focusHops: 2,
    });
  });

  it("keeps a link's force layout only for a graph the force layout takes", () => {
    expect(shareToView({ layout: 'force' }, graph)).toEqual({ layout: 'force' });
    expect(shareToView({ layout: 'layered' }, graph)).toEqual({ layout: 'layered' });
    const tooBig = { ...graph, modules: Array.from({ length: FORCE_MAX_NODES + 1 }, (_, i) => ({ ...graph.modules[0], id: i })) };
    expect(shareToView({ layout: 'force' }, tooBig)).toEqual({});
  });

  it('ignores view values the app does not know', () => {
    expect(shareToView({ panel: 'evil', colorMode: '__proto__', selected: 'nope', filters: { hotSort: 'x' } }, graph)).toEqual({ selectedId: null });
  });

  it('measures the link and warns past the limit', () => {
    const link = buildShareLink(base, graph, {});
    expect(link.chars).toBe(link.url.length);
    expect(link.tooLong).toBe(link.chars > SHARE_LINK_WARN_CHARS);
  });

  it('shares a scope as a smaller graph that keeps the main module', () => {
    const ranking = hotRanking(graph, analyze(graph));
    const scopes = shareScopes(graph, sys, ranking);
    expect(scopes.map((s) => s.label)).toEqual([
      'golang.org/x/sys and what is 1 hop away', 'golang.org/x/sys and what is 2 hops away', 'the top 50 hot libraries', 'the top 25 hot libraries',
    ]);
    const whole = buildShareLink(base, graph, { selected: 'golang.org/x/sys' });
    const part = buildShareLink(base, graph, { selected: 'golang.org/x/sys' }, scopes[0].scope);
    expect(part.chars).toBeLessThan(whole.chars);
    const decoded = decodeShare(fragmentOf(part.url));
    if (!decoded.ok) throw new Error(decoded.error);
    const rebuilt = graphFromSnapshot(decoded.snapshot);
    expect(rebuilt.modules.filter((m) => m.main).map((m) => m.path)).toEqual(graph.mainIds.map((id) => graph.modules[id].path));
    expect(rebuilt.modules.some((m) => m.path === 'golang.org/x/sys')).toBe(true);
    expect(decoded.snapshot.view.selected).toBe('golang.org/x/sys');
    expect(part.modules).toBe(rebuilt.modules.length);
  });
});
