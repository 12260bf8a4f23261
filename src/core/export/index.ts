// Exporters looked up by format name, so the export dialog and the CLI call the same functions.
import type { GoGraph } from '../model/types';
import { exportDot } from './dot';
import { exportMermaid, type MermaidOptions, type MermaidResult } from './mermaid-flowchart';
import { toCsv, toMarkdown, type Table } from './tables';

export type { GraphExportOptions, Role } from './diagram';
export { nodeKey, roleOf } from './diagram';
export type { DotResult } from './dot';
export type { MermaidOptions, MermaidResult } from './mermaid-flowchart';
export { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE, exportMermaid } from './mermaid-flowchart';
export type { Scope, ScopeDirection, ScopedGraph } from './scope';
export { resolveScope } from './scope';
export type { ScopeSuggestion } from './suggest';
export type { Table } from './tables';
export { exportDot } from './dot';
export { toCsv, toMarkdown } from './tables';

export type GraphFormat = 'mermaid' | 'dot';
export type TableFormat = 'csv' | 'markdown';

/** Graph exporters by format name; only Mermaid can refuse (past its render limits, with smaller scopes). */
export const graphExporters: Record<GraphFormat, (graph: GoGraph, options?: MermaidOptions) => MermaidResult> = {
  mermaid: exportMermaid,
  dot: exportDot,
};

/** Table exporters by format name. */
export const tableExporters: Record<TableFormat, (table: Table) => string> = { csv: toCsv, markdown: toMarkdown };
export type { SvgColours, SvgOptions } from './svg';
export { LIGHT_SVG_COLOURS, exportSvg, xmlText } from './svg';
