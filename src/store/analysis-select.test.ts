import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analysis';
import { loadSources } from '../core/load';
import { readFixture } from '../core/test-support/fixtures';
import { createActions } from './actions';
import { findingGroups, hotTable, moduleFindings, moduleIndex, unavailableKinds, vulnCounts } from './analysis-select';
import { moduleWhy } from './analysis-why';
import { createAppStore } from './app-store';
import { createLoadClient } from '../worker/client';

function load(project: string, files: string[]) {
  const graph = loadSources(files.map((f) => ({ name: f, text: readFixture(project, f) })));
  return { graph, analysis: analyze(graph) };
}

const UNTIDY = ['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json', 'gomodwhy.txt'];

describe('analysis selectors on syncthing (untidy)', () => {
  const { graph, analysis } = load('syncthing-untidy', UNTIDY);
  const id = (path: string) => moduleIndex(graph).get(path)!;

  it('groups go mod tidy findings by kind, in report order', () => {
    const groups = findingGroups(analysis);
    expect(groups.slice(0, 3).map((g) => g.kind)).toEqual(['unused-requirement', 'should-be-direct', 'should-be-indirect']);
    const subject = (kind: string) => groups.find((g) => g.kind === kind)!.items.map((i) => analysis.findings[i].modules[0]);
    expect(subject('unused-requirement')).toEqual(['github.com/jpillora/backoff']);
    expect(subject('should-be-direct')).toEqual(['github.com/julienschmidt/httprouter']);
    expect(subject('should-be-indirect')).toEqual(['github.com/golang/snappy']);
  });

  it('says which kinds could not run and what to add', () => {
    expect(unavailableKinds(analysis)).toContainEqual({ kind: 'vulnerable', reason: 'add `govulncheck -json ./...` output' });
  });

  it('indexes findings per module with the worst severity', () => {
    const f = moduleFindings(graph, analysis);
    expect(f.byModule.get(id('github.com/jpillora/backoff'))!.map((i) => analysis.findings[i].kind)).toContain('unused-requirement');
    expect(f.worst[id('github.com/jpillora/backoff')]).toBe(2);
  });

  it('ranks the hot table without the main module, by the chosen column, both ways', () => {
    const down = hotTable(graph, analysis, 'transitiveDependents', 'descending', '');
    expect(down.rows.some((r) => graph.modules[r.id].main)).toBe(false);
    expect(down.total).toBe(graph.modules.length - graph.mainIds.length);
    const values = down.rows.map((r) => r.values.transitiveDependents!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(down.max).toBe(values[0]);
    const up = hotTable(graph, analysis, 'transitiveDependents', 'ascending', '');
    expect(up.rows[0].values.transitiveDependents).toBe(Math.min(...values));
    expect(hotTable(graph, analysis, 'exclusiveWeight', 'descending', 'golang.org/x').rows.every((r) => r.path.includes('golang.org/x'))).toBe(true);
  });

  it('explains why snappy is here, beside go mod why -m', () => {
    const why = moduleWhy(graph, analysis, id('github.com/golang/snappy'))!;
    expect(why.why.requirementPath?.map((m) => graph.modules[m].path)).toEqual(['github.com/syncthing/syncthing', 'github.com/golang/snappy']);
    expect(why.why.importPath?.at(-1)).toBe('github.com/golang/snappy');
    expect(why.goWhy).toEqual({ needed: true, packages: why.why.importPath });
    expect(why.pathCountText).toBe(String(why.why.pathCount));
    expect(why.findings.map((i) => analysis.findings[i].kind)).toContain('should-be-indirect');
  });
});

describe('vulnerable modules', () => {
  it('come first in the hot table when govulncheck output is loaded', () => {
    const { graph, analysis } = load('gin', ['golist-m.json', 'modgraph.txt', 'govulncheck.json']);
    const vulns = vulnCounts(graph)!;
    expect(vulns.size).toBeGreaterThan(0);
    const rows = hotTable(graph, analysis, 'directDependents', 'ascending', '').rows;
    const firstSafe = rows.findIndex((r) => r.vulns === 0);
    expect(firstSafe).toBe(vulns.size);
    expect(rows.slice(firstSafe).every((r) => r.vulns === 0)).toBe(true);
  });
});

describe('analysis actions', () => {
  it('lights a finding, selects and centres its first module, and toggles off', () => {
    const store = createAppStore();
    const actions = createActions(store, createLoadClient());
    actions.lightFinding(3, [7, 9]);
    expect(store.getState()).toMatchObject({ litFinding: 3, litIds: [7, 9], selectedId: 7, centreOn: { id: 7 } });
    actions.lightFinding(3, [7, 9]);
    expect(store.getState()).toMatchObject({ litFinding: null, litIds: [] });
  });

  it('sorts by a column, then flips on a second click', () => {
    const store = createAppStore();
    const actions = createActions(store, createLoadClient());
    actions.sortHot('exclusiveWeight');
    expect(store.getState()).toMatchObject({ hotSort: 'exclusiveWeight', hotDirection: 'descending' });
    actions.sortHot('exclusiveWeight');
    expect(store.getState().hotDirection).toBe('ascending');
  });
});
