// Which inputs the sender had loaded: analyses and the "what is missing"
// advice look at graph.inputs, so a link keeps the kinds (not the sources' names).
import type { InputSummary } from '../model/types';
import type { InputKind } from '../parse/types';

/** An input of the sender's load, without its file name. */
export interface ShareInput {
  kind: InputKind;
  count: number;
  unit: string;
  withTests?: boolean;
}

// govulncheck reports and policies are not carried by a link: their kinds are dropped too.
const CARRIED: readonly InputKind[] = ['go-list-m', 'go-mod-graph', 'go-list-deps', 'go-mod-why', 'go-mod', 'go-sum', 'vendor-modules'];
const MAX_INPUTS = 64;

/** The carried inputs of a load. */
export function shareInputs(inputs: readonly InputSummary[]): ShareInput[] {
  return normalizeInputs(inputs);
}

/** Keeps well-formed inputs of carried kinds (untrusted data from a link). */
export function normalizeInputs(input: unknown): ShareInput[] {
  if (!Array.isArray(input)) return [];
  const out: ShareInput[] = [];
  for (const x of input.slice(0, MAX_INPUTS)) {
    if (typeof x !== 'object' || x === null) continue;
    const { kind, count, unit, withTests } = x as Record<string, unknown>;
    if (!CARRIED.includes(kind as InputKind) || !Number.isSafeInteger(count) || (count as number) < 0) continue;
    if (typeof unit !== 'string' || unit.length > 32) continue;
    const s: ShareInput = { kind: kind as InputKind, count: count as number, unit };
    if (typeof withTests === 'boolean') s.withTests = withTests;
    out.push(s);
  }
  return out;
}

/** The graph's input summaries for a graph rebuilt from a link. */
export function inputSummaries(inputs: readonly ShareInput[]): InputSummary[] {
  return inputs.map((i) => ({ ...i, source: 'shared link' }));
}
