// Mermaid flowchart export, refusing (with smaller scopes that fit) any
// diagram that Mermaid's default limits would not render.
import type { GoGraph } from '../model/types';
import { buildDiagram, type Diagram, type DiagramNode, type GraphExportOptions } from './diagram';
import { mermaidText } from './escape';
import { suggestScopes, type ScopeSuggestion } from './suggest';

/** Mermaid's defaults (`maxEdges`, `maxTextSize`): past them it draws an error instead of the graph. */
export const MERMAID_MAX_EDGES = 500;
export const MERMAID_MAX_TEXT_SIZE = 50_000;

export interface MermaidOptions extends GraphExportOptions {
  maxEdges?: number;
  maxTextSize?: number;
  /** Module ids, best first (e.g. hot libraries): offered as top-N scopes when the diagram is too big. */
  ranking?: readonly number[];
  /** The selected module: its neighbourhood and paths are offered when the diagram is too big. */
  selected?: number;
}

export type MermaidResult =
  | { ok: true; text: string; edges: number; chars: number }
  | { ok: false; reason: string; edges: number; chars: number; suggestions: ScopeSuggestion[] };

// Colours readable on GitHub's light and dark themes.
const CLASS_DEFS = [
  'classDef main fill:#1f6feb,stroke:#0b3d91,color:#ffffff',
  'classDef direct fill:#ddf4ff,stroke:#1f6feb,color:#0b1f33',
  'classDef indirect fill:#f6f8fa,stroke:#8c959f,color:#24292f',
  'classDef finding stroke:#d1242f,stroke-width:3px',
];

/** The Mermaid text of a diagram, with no limit check. */
export function renderMermaid(diagram: Diagram, direction: 'TB' | 'LR' = 'TB'): string {
  const lines = [`graph ${direction === 'LR' ? 'LR' : 'TD'}`];
  if (diagram.groups.size > 0) {
    let g = 0;
    for (const [owner, members] of diagram.groups) {
      // `o` ids: no Mermaid keyword starts with it, unlike `g` (graph).
      lines.push(`  subgraph o${(g++).toString(36)}["${mermaidText(owner)}"]`);
      for (const node of members) lines.push(`    ${nodeLine(node)}`);
      lines.push('  end');
    }
  } else {
    for (const node of diagram.nodes) lines.push(`  ${nodeLine(node)}`);
  }
  for (const [a, b] of diagram.edges) lines.push(`  ${a} --> ${b}`);
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  for (const role of ['main', 'direct', 'indirect'] as const) {
    const keys = diagram.nodes.filter((n) => n.role === role).map((n) => n.key);
    if (keys.length > 0) lines.push(`  class ${keys.join(',')} ${role}`);
  }
  const flagged = diagram.nodes.filter((n) => n.flagged).map((n) => n.key);
  if (flagged.length > 0) lines.push(`  class ${flagged.join(',')} finding`);
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: DiagramNode): string {
  const version = node.version ? `<br>${mermaidText(node.version)}` : '';
  return `${node.key}["${mermaidText(node.path)}${version}"]`;
}

/** Measures a scope's Mermaid text against the limits, without suggestions (used to test candidates). */
export function measureMermaid(graph: GoGraph, options: MermaidOptions): MermaidResult {
  const diagram = buildDiagram(graph, options);
  const text = renderMermaid(diagram, options.direction);
  const edges = diagram.edges.length;
  const chars = text.length;
  const maxEdges = options.maxEdges ?? MERMAID_MAX_EDGES;
  const maxText = options.maxTextSize ?? MERMAID_MAX_TEXT_SIZE;
  if (edges > maxEdges) return { ok: false, reason: `${edges} edges: Mermaid draws at most ${maxEdges}`, edges, chars, suggestions: [] };
  if (chars > maxText) return { ok: false, reason: `${chars} characters: Mermaid reads at most ${maxText}`, edges, chars, suggestions: [] };
  return { ok: true, text, edges, chars };
}

/** Mermaid `graph TD|LR` of a scope; past Mermaid's limits, the reason and smaller scopes that fit. */
export function exportMermaid(graph: GoGraph, options: MermaidOptions = {}): MermaidResult {
  const result = measureMermaid(graph, options);
  if (result.ok) return result;
  const { reason, edges, chars } = result;
  return { ok: false, reason, edges, chars, suggestions: suggestScopes(graph, options, (o) => measureMermaid(graph, o)) };
}
