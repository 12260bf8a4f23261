// Decides whether a load failed and says why, naming the source, the place
// and what was expected (from the parsers' diagnostics).
import type { GoGraph } from '../core/model/types';
import type { Diagnostic } from '../core/parse/types';

export interface LoadError {
  message: string;
  diagnostics: Diagnostic[];
}

// Bundles report their later parts as "name#2", "name#3".
const baseName = (source: string) => source.replace(/#\d+$/, '');

export function describeWhere(d: Diagnostic): string {
  const at = [d.line !== undefined ? `line ${d.line}` : '', d.offset !== undefined ? `offset ${d.offset}` : '']
    .filter(Boolean)
    .join(', ');
  return at ? `${d.source}, ${at}` : d.source;
}

const EXPECTED =
  'expected go list -m -json, go mod graph, go list -deps -json, go mod why -m, go.mod, go.sum or vendor/modules.txt output';

/**
 * A load fails when none of the newly given texts holds a recognised input,
 * or when the result has no modules; the previous graph then stays.
 */
export function loadFailure(graph: GoGraph, newNames: string[]): LoadError | null {
  const recognised = new Set(graph.inputs.map((i) => baseName(i.source)));
  const unrecognised = newNames.filter((n) => !recognised.has(n));
  const allNewFailed = newNames.length > 0 && unrecognised.length === newNames.length;
  if (!allNewFailed && graph.modules.length > 0) return null;

  const name = unrecognised[0] ?? newNames[0] ?? 'input';
  const own = graph.diagnostics.filter((d) => baseName(d.source) === name);
  const diag = own.find((d) => d.level === 'error') ?? own[0];
  // Parser messages often name the line themselves; add the place only when they do not.
  const message = diag
    ? `Could not load ${name}: ${/\bline \d/.test(diag.message) ? diag.message : `${describeWhere(diag)}: ${diag.message}`}`
    : allNewFailed
      ? `Could not load ${name}: no Go tool output recognised (${EXPECTED}).`
      : `Could not load ${newNames.join(', ')}: no modules found (${EXPECTED}).`;
  return { message, diagnostics: own.length > 0 ? own : graph.diagnostics };
}
