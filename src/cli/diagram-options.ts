// What the mermaid and dot commands share: inputs, hot ranking, --scope,
// --direction, --owners, and the modules drawn as findings.
import { analyze, rankHot } from '../core/analysis';
import type { MermaidOptions } from '../core/export';
import type { GoGraph } from '../core/model/types';
import { stringOption, type CommandOptions } from './args';
import type { CliIo } from './io';
import { loadInputs } from './read-inputs';
import { parseScope } from './scope';

/** Loads the inputs and turns the diagram options into the exporters' options. */
export async function loadDiagram(files: readonly string[], options: CommandOptions, io: CliIo, command: string): Promise<{ graph: GoGraph; export: MermaidOptions }> {
  const graph = await loadInputs(files, io, command);
  const analysis = analyze(graph);
  const ranking = rankHot(analysis.hot, 'transitiveDependents', graph.mainIds).map((h) => h.id);
  const { scope, selected } = parseScope(stringOption(options.scope), graph, ranking);
  // Info findings (skew, updates) would mark most of the graph; only what needs action is drawn red.
  const byPath = new Map(graph.modules.map((m) => [m.path, m.id]));
  const flagged = new Set(analysis.findings.filter((f) => f.severity !== 'info').flatMap((f) => byPath.get(f.modules[0]) ?? []));
  return {
    graph,
    export: { scope, direction: options.direction === 'LR' ? 'LR' : 'TB', groupByOwner: options.owners === true, flagged, ranking, selected },
  };
}
