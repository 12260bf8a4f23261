// gotopo mermaid: a Mermaid flowchart for GitHub Markdown, or, past Mermaid's
// limits, the reason and the scopes that fit (exit 1).
import { exportMermaid } from '../core/export';
import type { CommandOptions } from './args';
import { loadDiagram } from './diagram-options';
import type { CliIo } from './io';
import { suggestionFlags } from './scope';

/** Prints the diagram; exit 1 with smaller scopes when Mermaid would refuse it. */
export async function mermaidCommand(files: readonly string[], options: CommandOptions, io: CliIo): Promise<number> {
  const { graph, export: opts } = await loadDiagram(files, options, io, 'mermaid');
  const result = exportMermaid(graph, opts);
  if (result.ok) {
    io.stdout(result.text);
    return 0;
  }
  const offers = result.suggestions.flatMap((s) => {
    const flags = suggestionFlags(s, graph);
    return flags ? [`  ${flags.padEnd(40)} ${s.label} (${s.edges} edges)\n`] : [];
  });
  io.stderr(`gotopo: the diagram is too big for Mermaid (${result.reason})${offers.length > 0 ? ' - use a smaller scope:' : ' - use gotopo dot for the whole graph'}\n`);
  for (const line of offers) io.stderr(line);
  return 1;
}
