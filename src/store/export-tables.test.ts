import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analysis';
import { exportMermaid, toCsv } from '../core/export';
import { loadSources } from '../core/load';
import { readFixture } from '../core/test-support/fixtures';
import { DEFAULT_EXPORT_SETTINGS, applySuggestion, mermaidExport, mermaidMarkdown, scopeOf, withoutClassStyles } from './export-options';
import type { ExportContext } from './export-options';
import { fileStem, findingsTable, hotTable } from './export-tables';

const project = 'syncthing-untidy';
const graph = loadSources(['go.mod', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json', 'gomodwhy.txt'].map((name) => ({ name, text: readFixture(project, name) })));
const analysis = analyze(graph);
const sys = graph.modules.find((m) => m.path === 'golang.org/x/sys')!.id;
const ctx: ExportContext = { graph, analysis, selectedId: sys, visibleIds: null };

describe('export tables', () => {
  it('ranks hot libraries without the main module, highest first', () => {
    const t = hotTable(graph, analysis);
    expect(t.rows).toHaveLength(graph.modules.length - graph.mainIds.length);
    expect(t.rows.map((r) => r[0])).toEqual(t.rows.map((_, i) => i + 1));
    const dependents = t.rows.map((r) => r[4] as number);
    expect(dependents).toEqual([...dependents].sort((a, b) => b - a));
    expect(toCsv(t).split('\r\n')[0]).toBe('rank,module,version,direct dependents,transitive dependents,transitive dependencies,exclusive weight,importing packages');
  });

  it('lists every finding, errors first', () => {
    const t = findingsTable(analysis);
    expect(t.rows).toHaveLength(analysis.findings.length);
    expect(t.rows.some((r) => r[1] === 'unused-requirement')).toBe(true);
  });

  it('names files after the main module', () => {
    expect(fileStem('github.com/syncthing/syncthing')).toBe('syncthing');
    expect(fileStem('')).toBe('gotopo');
    expect(fileStem('example.com/../<x>')).toBe('x-');
  });
});

describe('export options', () => {
  it('resolves each scope choice', () => {
    const s = DEFAULT_EXPORT_SETTINGS;
    expect(scopeOf(ctx, s)).toEqual({ kind: 'all' });
    expect(scopeOf(ctx, { ...s, scope: 'neighbourhood', hops: 2 })).toEqual({ kind: 'neighbourhood', id: sys, hops: 2, direction: 'both' });
    expect(scopeOf(ctx, { ...s, scope: 'paths' })).toEqual({ kind: 'paths', id: sys });
    expect(scopeOf(ctx, { ...s, scope: 'top', topN: 5 })).toMatchObject({ kind: 'top', ids: expect.any(Array) });
    expect(scopeOf(ctx, { ...s, scope: 'visible' })).toBeNull();
    expect(scopeOf({ ...ctx, selectedId: null }, { ...s, scope: 'paths' })).toBeNull();
  });

  it('gives the exporter\'s text, without class styles when asked', () => {
    const result = mermaidExport(ctx, { ...DEFAULT_EXPORT_SETTINGS, scope: 'paths' });
    const plain = mermaidExport(ctx, { ...DEFAULT_EXPORT_SETTINGS, scope: 'paths', classStyles: false });
    if (!result.ok || !plain.ok) throw new Error('expected both to fit');
    expect(result.text).toMatch(/classDef main/);
    expect(plain.text).toBe(withoutClassStyles(result.text));
    expect(plain.text).not.toMatch(/classDef|class /);
    expect(mermaidMarkdown(plain.text)).toMatch(/^```mermaid\ngraph TD\n[\s\S]*\n```\n$/);
  });

  it('turns a suggestion into settings that render', () => {
    const big = exportMermaid(graph, { maxEdges: 40, ranking: undefined, selected: sys });
    if (big.ok) throw new Error('expected a refusal');
    for (const suggestion of big.suggestions) {
      const settings = applySuggestion(DEFAULT_EXPORT_SETTINGS, suggestion);
      expect(scopeOf(ctx, settings)?.kind).toBe(suggestion.scope.kind);
    }
  });
});
