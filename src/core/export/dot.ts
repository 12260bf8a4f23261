// Graphviz DOT export: quoted ids and labels, one style per role, optional clusters by owner.
import type { GoGraph } from '../model/types';
import { buildDiagram, type Diagram, type DiagramNode, type GraphExportOptions, type Role } from './diagram';
import { dotString } from './escape';

const ROLE_STYLE: Record<Role, string> = {
  main: 'fillcolor="#1f6feb", fontcolor="#ffffff", color="#0b3d91"',
  direct: 'fillcolor="#ddf4ff", color="#1f6feb"',
  indirect: 'fillcolor="#f6f8fa", color="#8c959f"',
};
const FINDING_STYLE = 'penwidth=3, color="#d1242f"';

/** A DOT export: always ok, Graphviz has no size limit worth warning about. */
export interface DotResult {
  ok: true;
  text: string;
  edges: number;
  chars: number;
}

/** DOT digraph of a scope. */
export function exportDot(graph: GoGraph, options: GraphExportOptions = {}): DotResult {
  const diagram = buildDiagram(graph, options);
  const text = renderDot(diagram, options.direction);
  return { ok: true, text, edges: diagram.edges.length, chars: text.length };
}

/** The DOT text of a diagram. */
export function renderDot(diagram: Diagram, direction: 'TB' | 'LR' = 'TB'): string {
  const lines = [
    'digraph gotopo {',
    `  rankdir=${direction === 'LR' ? 'LR' : 'TB'};`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
    '  edge [color="#57606a", arrowsize=0.6];',
  ];
  if (diagram.groups.size > 0) {
    let g = 0;
    for (const [owner, members] of diagram.groups) {
      lines.push(`  subgraph "cluster_${g++}" {`, `    label=${dotString(owner)};`, '    style="rounded,dashed";');
      for (const node of members) lines.push(`    ${nodeLine(node)}`);
      lines.push('  }');
    }
  } else {
    for (const node of diagram.nodes) lines.push(`  ${nodeLine(node)}`);
  }
  for (const [a, b] of diagram.edges) lines.push(`  "${a}" -> "${b}";`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: DiagramNode): string {
  // The line break is DOT's own \n escape, added after the data was escaped.
  const label = node.version ? `${dotString(node.path).slice(0, -1)}\\n${dotString(node.version).slice(1)}` : dotString(node.path);
  const style = node.flagged ? `${ROLE_STYLE[node.role]}, ${FINDING_STYLE}` : ROLE_STYLE[node.role];
  return `"${node.key}" [label=${label}, class="${node.role}", ${style}];`;
}
