// One call from texts to the graph model: parse, then build.
import { buildGraph } from './model/build';
import { parseSources } from './parse';
import type { SourceText } from './parse/types';
import type { GoGraph } from './model/types';

/** Parses and builds a graph from the texts the user gave (files, pastes, bundles). */
export function loadSources(sources: SourceText[]): GoGraph {
  const parsed = parseSources(sources);
  return buildGraph(parsed.inputs, parsed.diagnostics);
}
