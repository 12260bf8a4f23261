// "Why is it here?" for one module: our shortest paths beside Go's own
// `go mod why -m` answer, what dropping it would take away, and its findings.
import { PATH_CAP, whyModule } from '../core/analysis';
import type { Analysis, WhyResult } from '../core/analysis';
import type { GoGraph } from '../core/model/types';
import { moduleFindings } from './analysis-select';
import { formatCount } from '../core/format-count';

export interface ModuleWhy {
  why: WhyResult;
  /** "3", or "10,000+" when counting stopped at the cap. */
  pathCountText: string;
  /** Go's `go mod why -m` answer; null when that output was not loaded. */
  goWhy: { needed: boolean; packages: string[] } | null;
  /** Modules that would leave the graph with it (its dominator subtree); null without go mod graph. */
  exclusive: number[] | null;
  /** Indices into analysis.findings that name it. */
  findings: number[];
}

const whyCache = new WeakMap<GoGraph, Map<number, WhyResult>>();

/** whyModule, memoised per graph and module. */
export function whyFor(graph: GoGraph, id: number): WhyResult {
  let perGraph = whyCache.get(graph);
  if (!perGraph) whyCache.set(graph, (perGraph = new Map()));
  let why = perGraph.get(id);
  if (!why) perGraph.set(id, (why = whyModule(graph, id)));
  return why;
}

export function moduleWhy(graph: GoGraph, analysis: Analysis | null, id: number): ModuleWhy | null {
  const m = graph.modules[id];
  if (!m || m.main) return null;
  const why = whyFor(graph, id);
  const hasGoWhy = graph.inputs.some((i) => i.kind === 'go-mod-why');
  return {
    why,
    pathCountText: why.pathCountCapped ? `${formatCount(PATH_CAP)}+` : formatCount(why.pathCount),
    goWhy: hasGoWhy && m.needed !== null ? { needed: m.needed, packages: m.whyPackages } : null,
    exclusive: analysis && analysis.available['exclusive-weight'] === true ? (analysis.hot[id]?.exclusiveModules ?? []) : null,
    findings: analysis ? (moduleFindings(graph, analysis).byModule.get(id) ?? []) : [],
  };
}
