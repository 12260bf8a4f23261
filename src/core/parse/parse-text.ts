// Entry points: guard the text, detect its parts, run each part's parser
// and name the parts (`name`, `name#2`, ...).
import { detectParts, type Part } from './detect';
import { parseGoListDeps } from './go-list-deps';
import { parseGoListM } from './go-list-m';
import { parseGoModGraph } from './go-mod-graph';
import { parseGoModWhy } from './go-mod-why';
import { parseGoMod } from './go-mod';
import { parseGoSum } from './go-sum';
import { parseGovulncheck } from './govulncheck';
import { parsePolicy } from './policy';
import { Diagnostics, quote, type Span } from './text';
import { parseVendorModules } from './vendor-modules';
import type { InputKind, ParsedInput, ParseResult, SourceText } from './types';

/** The inputs gotopo reads and the commands that make them, for messages. */
export const ACCEPTED_INPUTS =
  '`go list -m -e -json all`, `go mod graph`, `go list -e -deps -test -json ./...`, `go mod why -m all`, ' +
  'go.mod, go.sum, vendor/modules.txt, `govulncheck -json ./...`, or a policy YAML with `allowed_modules`';

type Payload = ParsedInput extends infer P ? (P extends ParsedInput ? Omit<P, 'source' | 'offset' | 'length'> : never) : never;

/** Parses several texts (files, pastes); results are concatenated in order. */
export function parseSources(sources: SourceText[]): ParseResult {
  const result: ParseResult = { inputs: [], diagnostics: [] };
  for (const { name, text } of sources) {
    const one = parseText(text, name);
    result.inputs.push(...one.inputs);
    result.diagnostics.push(...one.diagnostics);
  }
  return result;
}

/** Detects and parses every input in one text; never throws. */
export function parseText(text: string, source: string): ParseResult {
  const diags = new Diagnostics(text, source);
  const inputs: ParsedInput[] = [];
  try {
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      diags.general('error', `${source} looks like a binary file (NUL byte at offset ${nul}), not text: expected the output of ${ACCEPTED_INPUTS}`);
    } else if (text.trim() === '' || text.trim() === '\ufeff') {
      diags.general('error', `${source} is empty: expected the output of ${ACCEPTED_INPUTS}`);
    } else {
      const parts = detectParts(text, diags);
      const known = parts.filter((p) => p.kind !== 'unknown');
      for (const part of parts) {
        if (part.kind === 'unknown') reportUnknown(text, part, diags, known.length === 0);
        else {
          const payload = parsePart(text, part, part.kind, diags);
          const name = inputs.length === 0 ? source : `${source}#${inputs.length + 1}`;
          if (payload) inputs.push({ source: name, offset: part.start, length: part.end - part.start, ...payload } as ParsedInput);
        }
      }
    }
  } catch (e) {
    // A parser bug must not take the page down: report it and keep what was read.
    diags.general('error', `internal error while reading ${source}: ${String(e)}`);
  }
  return { inputs, diagnostics: diags.list };
}

function parsePart(text: string, part: Part, kind: InputKind, diags: Diagnostics): Payload | null {
  const span: Span = { text, start: part.start, end: part.end };
  const pieces = part.pieces ?? [];
  switch (kind) {
    case 'go-list-m':
      return { kind, modules: parseGoListM(pieces, diags) };
    case 'go-list-deps':
      return { kind, ...parseGoListDeps(pieces, diags) };
    case 'govulncheck':
      return { kind, report: parseGovulncheck(pieces, diags) };
    case 'go-mod-graph':
      return { kind, edges: parseGoModGraph(span, diags) };
    case 'go-mod-why':
      return { kind, entries: parseGoModWhy(span, diags) };
    case 'go-mod':
      return { kind, goMod: parseGoMod(span, diags) };
    case 'go-sum':
      return { kind, lines: parseGoSum(span, diags) };
    case 'vendor-modules':
      return { kind, modules: parseVendorModules(span, diags) };
    case 'policy': {
      const policy = parsePolicy(span, diags);
      return policy && { kind, policy };
    }
  }
}

function reportUnknown(text: string, part: Part, diags: Diagnostics, nothingElse: boolean): void {
  const found = part.pieces
    ? `JSON ${describeKeys(part.pieces.map((p) => p.value))}`
    : `text starting ${quote(text.slice(part.start, part.end).split(/\r?\n/)[0])}`;
  if (nothingElse) diags.at('error', part.start, `found ${found}, which is none of the inputs gotopo reads: expected ${ACCEPTED_INPUTS}`);
  else diags.at('warning', part.start, `skipped ${found}: it matches none of the inputs gotopo reads`);
}

function describeKeys(values: unknown[]): string {
  const first = values[0];
  if (typeof first !== 'object' || first === null) return `values such as ${quote(String(JSON.stringify(first)))}`;
  if (Array.isArray(first)) return 'arrays';
  const keys = Object.keys(first).slice(0, 5);
  return keys.length === 0 ? 'empty objects' : `objects with keys ${keys.map((k) => quote(k, 30)).join(', ')}`;
}
