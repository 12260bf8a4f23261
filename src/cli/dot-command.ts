// gotopo dot: a Graphviz digraph of a scope (no size limit to enforce).
import { exportDot } from '../core/export';
import type { CommandOptions } from './args';
import { loadDiagram } from './diagram-options';
import type { CliIo } from './io';

/** Prints the DOT text of the scope. */
export async function dotCommand(files: readonly string[], options: CommandOptions, io: CliIo): Promise<number> {
  const { graph, export: opts } = await loadDiagram(files, options, io, 'dot');
  io.stdout(exportDot(graph, opts).text);
  return 0;
}
