// The export dialog's choices turned into exporter options: which scope,
// which direction, grouping and styles. Pure, so the dialog only renders.
import type { Analysis } from '../core/analysis';
import { exportDot, exportMermaid, resolveScope } from '../core/export';
import type { MermaidOptions, MermaidResult, Scope, ScopeDirection, ScopeSuggestion } from '../core/export';
import type { GoGraph } from '../core/model/types';
import { hotRanking } from './export-tables';

export type ScopeChoice = 'all' | 'visible' | 'neighbourhood' | 'paths' | 'top';

export interface ExportSettings {
  direction: 'TB' | 'LR';
  scope: ScopeChoice;
  /** Module of the neighbourhood and paths scopes; null = the selected module. */
  target: number | null;
  hops: number;
  towards: ScopeDirection;
  topN: number;
  groupByOwner: boolean;
  /** Role colours and the finding outline (classDef/class lines). */
  classStyles: boolean;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  direction: 'TB',
  scope: 'all',
  target: null,
  hops: 1,
  towards: 'both',
  topN: 25,
  groupByOwner: false,
  classStyles: true,
};

export const MAX_HOPS = 9;

/** What the scopes are taken from: the graph, its analysis, and what the user has selected or filtered. */
export interface ExportContext {
  graph: GoGraph;
  analysis: Analysis | null;
  selectedId: number | null;
  /** The modules the current filter or focus shows; null when the whole graph is shown. */
  visibleIds: readonly number[] | null;
}

/** The module the neighbourhood and paths scopes are about, if any. */
export function scopeTarget(ctx: ExportContext, s: ExportSettings): number | null {
  const id = s.target ?? ctx.selectedId;
  return id !== null && ctx.graph.modules[id] ? id : null;
}

/** Ranking for top-N: the hot metric when the analysis is there. */
export function ranking(ctx: ExportContext): number[] | undefined {
  return ctx.analysis ? hotRanking(ctx.graph, ctx.analysis) : undefined;
}

/** The scope of the settings; null when it needs a module (or a filter) that is not there. */
export function scopeOf(ctx: ExportContext, s: ExportSettings): Scope | null {
  const target = scopeTarget(ctx, s);
  switch (s.scope) {
    case 'all':
      return { kind: 'all' };
    case 'visible':
      return ctx.visibleIds ? { kind: 'modules', ids: ctx.visibleIds } : null;
    case 'top':
      return { kind: 'top', ids: (ranking(ctx) ?? []).slice(0, Math.max(1, s.topN)) };
    case 'neighbourhood':
      return target === null ? null : { kind: 'neighbourhood', id: target, hops: clampHops(s.hops), direction: s.towards };
    case 'paths':
      return target === null ? null : { kind: 'paths', id: target };
  }
}

function clampHops(hops: number): number {
  return Number.isFinite(hops) ? Math.min(MAX_HOPS, Math.max(1, Math.round(hops))) : 1;
}

function flaggedIds(ctx: ExportContext): Set<number> {
  const byPath = new Map(ctx.graph.modules.map((m) => [m.path, m.id]));
  const ids = new Set<number>();
  for (const f of ctx.analysis?.findings ?? []) {
    const id = byPath.get(f.modules[0] ?? '');
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function options(ctx: ExportContext, s: ExportSettings, scope: Scope): MermaidOptions {
  return {
    scope,
    direction: s.direction,
    groupByOwner: s.groupByOwner,
    flagged: s.classStyles ? flaggedIds(ctx) : undefined,
    ranking: ranking(ctx),
    selected: scopeTarget(ctx, s) ?? undefined,
  };
}

/** Drops the classDef and class lines (a plain diagram in the renderer's default look). */
export function withoutClassStyles(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*(classDef|class)\s/.test(l))
    .join('\n');
}

export type MermaidExport = MermaidResult | { ok: false; reason: string; edges: 0; chars: 0; suggestions: ScopeSuggestion[]; missing: true };

/** The Mermaid text of the settings, or why not and the smaller scopes that fit. */
export function mermaidExport(ctx: ExportContext, s: ExportSettings): MermaidExport {
  const scope = scopeOf(ctx, s);
  if (!scope) return { ok: false, reason: missingReason(s), edges: 0, chars: 0, suggestions: [], missing: true };
  const result = exportMermaid(ctx.graph, options(ctx, s, scope));
  if (!result.ok || s.classStyles) return result;
  const text = withoutClassStyles(result.text);
  return { ...result, text, chars: text.length };
}

/** The DOT text of the settings (Graphviz has no limit to check); null when the scope is missing. */
export function dotExport(ctx: ExportContext, s: ExportSettings): string | null {
  const scope = scopeOf(ctx, s);
  return scope ? exportDot(ctx.graph, options(ctx, s, scope)).text : null;
}

function missingReason(s: ExportSettings): string {
  return s.scope === 'visible' ? 'No filter or focus is active: the whole graph is shown.' : 'Select a module first (search, or click it in the graph).';
}

/** The settings that give a suggested scope. */
export function applySuggestion(s: ExportSettings, suggestion: ScopeSuggestion): ExportSettings {
  const { scope, groupByOwner } = suggestion;
  switch (scope.kind) {
    case 'top':
      return { ...s, scope: 'top', topN: scope.ids.length, groupByOwner };
    case 'neighbourhood':
      return { ...s, scope: 'neighbourhood', target: scope.id, hops: scope.hops, towards: scope.direction, groupByOwner };
    case 'paths':
      return { ...s, scope: 'paths', target: scope.id, groupByOwner };
    default:
      return { ...s, scope: 'all', groupByOwner };
  }
}

/** A Markdown code block GitHub renders as a diagram. */
export function mermaidMarkdown(text: string): string {
  return `\`\`\`mermaid\n${text.trimEnd()}\n\`\`\`\n`;
}

/** The modules the focus shows (the selected module and its n-hop neighbourhood); null when the whole graph is shown. */
export function focusedIds(graph: GoGraph, selectedId: number | null, focusHops: number | null): number[] | null {
  if (selectedId === null || focusHops === null || !graph.modules[selectedId]) return null;
  return resolveScope(graph, { kind: 'neighbourhood', id: selectedId, hops: focusHops, direction: 'both' }).ids;
}
