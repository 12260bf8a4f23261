// A diff as a Mermaid flowchart: only changed modules and changed requirement
// edges, coloured by kind of change; every label goes through mermaidText.
import { mermaidText } from '../export/escape';
import type { GraphDiff } from './diff';

type Change = 'added' | 'removed' | 'upgraded' | 'downgraded';

// Colours readable on GitHub's light and dark themes, as the graph export's.
const CLASS_DEFS: Record<Change, string> = {
  added: 'fill:#dafbe1,stroke:#1a7f37,color:#0b2e13',
  removed: 'fill:#ffebe9,stroke:#cf222e,color:#3d0a0a,stroke-dasharray:4 3',
  upgraded: 'fill:#ddf4ff,stroke:#0969da,color:#0b1f33',
  downgraded: 'fill:#fff8c5,stroke:#9a6700,color:#3b2300',
};

/** Mermaid `graph LR` of the changed modules and edges: added edges solid, removed ones dotted. */
export function diffToMermaid(diff: GraphDiff): string {
  const nodes = new Map<string, { change?: Change; version: string }>();
  for (const m of diff.added) nodes.set(m.path, { change: 'added', version: m.version });
  for (const m of diff.removed) nodes.set(m.path, { change: 'removed', version: m.version });
  for (const m of diff.upgraded) nodes.set(m.path, { change: 'upgraded', version: `${m.before} → ${m.after}` });
  for (const m of diff.downgraded) nodes.set(m.path, { change: 'downgraded', version: `${m.before} → ${m.after}` });
  for (const e of [...diff.edgesAdded, ...diff.edgesRemoved]) for (const p of [e.from, e.to]) if (!nodes.has(p)) nodes.set(p, { version: '' });

  // Ids by sorted path: stable for a given diff, and never data that Mermaid could parse.
  const paths = [...nodes.keys()].sort();
  const id = new Map(paths.map((p, i) => [p, `n${i.toString(36)}`]));
  const lines = ['graph LR'];
  for (const p of paths) {
    const { version } = nodes.get(p)!;
    lines.push(`  ${id.get(p)}["${mermaidText(p)}${version ? `<br>${mermaidText(version)}` : ''}"]`);
  }
  for (const e of diff.edgesAdded) lines.push(`  ${id.get(e.from)} --> ${id.get(e.to)}`);
  for (const e of diff.edgesRemoved) lines.push(`  ${id.get(e.from)} -.-> ${id.get(e.to)}`);
  for (const [change, style] of Object.entries(CLASS_DEFS)) {
    lines.push(`  classDef ${change} ${style}`);
    const members = paths.filter((p) => nodes.get(p)!.change === change).map((p) => id.get(p));
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${change}`);
  }
  return `${lines.join('\n')}\n`;
}
