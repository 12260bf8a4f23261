// Entry points: guard the text, detect its parts, run each part's parser
// and name the parts (`name`, `name#2`, ...).
import { appendAll } from '../append';
import { detectParts, type Part } from './detect';
import { parseGoListDeps } from './go-list-deps';
import { parseGoListM } from './go-list-m';
import { parseGoModGraph } from './go-mod-graph';
import { parseGoModWhy } from './go-mod-why';
import { parseGoMod } from './go-mod';
import { parseGoSum } from './go-sum';
import { parseGovulncheck } from './govulncheck';
import { PARSE_LIMITS, tooLargeMessage, type ParseLimits } from './limits';
import { parsePolicy } from './policy';
import { cutLines, Diagnostics, quote, type Span } from './text';
import { parseVendorModules } from './vendor-modules';
import type { InputKind, ParsedInput, ParseResult, SourceText } from './types';
import { formatCount } from '../format-count';

/** The inputs gotopo reads and the commands that make them, for messages. */
export const ACCEPTED_INPUTS =
  '`go list -m -e -json all`, `go mod graph`, `go list -e -deps -test -json ./...`, `go mod why -m all`, ' +
  'go.mod, go.sum, vendor/modules.txt, `govulncheck -json ./...`, or a policy YAML with `allowed_modules`';

type Payload = ParsedInput extends infer P ? (P extends ParsedInput ? Omit<P, 'source' | 'offset' | 'length'> : never) : never;

/** Parses several texts (files, pastes); results are concatenated in order. */
export function parseSources(sources: SourceText[], limits: ParseLimits = PARSE_LIMITS): ParseResult {
  const result: ParseResult = { inputs: [], diagnostics: [] };
  for (const { name, text } of sources) {
    const one = parseText(text, name, limits);
    appendAll(result.inputs, one.inputs);
    appendAll(result.diagnostics, one.diagnostics);
  }
  return result;
}

/** Detects and parses every input in one text; never throws. */
export function parseText(text: string, source: string, limits: ParseLimits = PARSE_LIMITS): ParseResult {
  const diags = new Diagnostics(text, source, limits.maxDiagnostics);
  const inputs: ParsedInput[] = [];
  try {
    // Before anything reads the whole text.
    if (text.length > limits.maxSourceChars) {
      diags.general('error', tooLargeMessage(source, text.length, limits.maxSourceChars));
      return { inputs, diagnostics: diags.list };
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      diags.general('error', `${source} looks like a binary file (NUL byte at offset ${nul}), not text: expected the output of ${ACCEPTED_INPUTS}`);
    } else if (text.trim() === '' || text.trim() === '\ufeff') {
      diags.general('error', `${source} is empty: expected the output of ${ACCEPTED_INPUTS}`);
    } else {
      const parts = detectParts(text, diags, limits.maxRecords);
      const known = parts.filter((p) => p.kind !== 'unknown');
      for (const part of parts) {
        if (part.kind === 'unknown') reportUnknown(text, part, diags, known.length === 0);
        else {
          const payload = parsePart(text, part, part.kind, diags, limits.maxRecords);
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

function parsePart(text: string, part: Part, kind: InputKind, diags: Diagnostics, maxRecords: number): Payload | null {
  const span: Span = { text, start: part.start, end: part.end };
  // Only the line formats: a JSON stream caps its values as it is split.
  const lines = () => capLines(span, diags, maxRecords);
  const pieces = part.pieces ?? [];
  switch (kind) {
    case 'go-list-m':
      return { kind, modules: parseGoListM(pieces, diags) };
    case 'go-list-deps':
      return { kind, ...parseGoListDeps(pieces, diags) };
    case 'govulncheck':
      return { kind, report: parseGovulncheck(pieces, diags) };
    case 'go-mod-graph':
      return { kind, edges: parseGoModGraph(lines(), diags) };
    case 'go-mod-why':
      return { kind, entries: parseGoModWhy(lines(), diags) };
    case 'go-mod':
      return { kind, goMod: parseGoMod(lines(), diags) };
    case 'go-sum':
      return { kind, lines: parseGoSum(lines(), diags) };
    case 'vendor-modules':
      return { kind, modules: parseVendorModules(lines(), diags) };
    case 'policy': {
      const policy = parsePolicy(span, diags);
      return policy && { kind, policy };
    }
  }
}

function capLines(span: Span, diags: Diagnostics, maxRecords: number): Span {
  const { cut, lines } = cutLines(span, maxRecords);
  if (cut === null) return span;
  const max = formatCount(maxRecords);
  diags.atLine('error', cut, `this input has ${formatCount(lines)} lines; gotopo reads at most ${max} lines per input: read the first ${max} and skipped the rest from here`);
  return { ...span, end: cut };
}

function reportUnknown(text: string, part: Part, diags: Diagnostics, nothingElse: boolean): void {
  // Only the start is quoted: an unknown part can be the whole (huge) text.
  const found = part.pieces
    ? `JSON ${describeKeys(part.pieces[0].value)}`
    : `text starting ${quote(text.slice(part.start, Math.min(part.end, part.start + 200)).split(/\r?\n/)[0])}`;
  if (nothingElse) diags.at('error', part.start, `found ${found}, which is none of the inputs gotopo reads: expected ${ACCEPTED_INPUTS}`);
  else diags.at('warning', part.start, `skipped ${found}: it matches none of the inputs gotopo reads`);
}

function describeKeys(first: unknown): string {
  if (typeof first !== 'object' || first === null) return `values such as ${quote(String(JSON.stringify(first)))}`;
  if (Array.isArray(first)) return 'arrays';
  const keys = Object.keys(first).slice(0, 5);
  return keys.length === 0 ? 'empty objects' : `objects with keys ${keys.map((k) => quote(k, 30)).join(', ')}`;
}
