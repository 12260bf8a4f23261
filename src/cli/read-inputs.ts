// Files and standard input -> texts -> the graph, with one-line errors for
// what cannot be read and for inputs that give no module at all.
import { loadSources } from '../core/load';
import { INPUT_COMMANDS } from '../core/model/advice';
import type { GoGraph } from '../core/model/types';
import type { Diagnostic, SourceText } from '../core/parse/types';
import { UsageError } from './args';
import type { CliIo } from './io';

/** The name standard input gets in diagnostics and reports. */
export const STDIN_NAME = 'stdin';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Reads every named file (`-` = standard input, at most once) as text. */
export async function readInputs(files: readonly string[], io: CliIo, command: string): Promise<SourceText[]> {
  if (files.length === 0) {
    throw new UsageError(`${command} needs at least one input file - e.g. gotopo ${command} modgraph.txt golist-m.json, or - for standard input`);
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" is given more than once - standard input can be read only once');
  return Promise.all(files.map(async (name) => (name === '-' ? { name: STDIN_NAME, text: decodeText(await io.readStdin()) } : { name, text: await readOne(name, io) })));
}

async function readOne(path: string, io: CliIo): Promise<string> {
  try {
    return decodeText(await io.readFile(path));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why = typeof code === 'string' && READ_ERRORS[code] ? READ_ERRORS[code] : e instanceof Error ? e.message : String(e);
    throw new UsageError(`cannot read "${path}": ${why}`);
  }
}

/** UTF-8 by default; UTF-16 when a BOM says so (PowerShell's `>` writes UTF-16LE). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

// Enough to point at the problem in a CI log without flooding it; the JSON report has them all.
const SHOWN_PROBLEMS = 5;

/** Reads and loads the inputs; prints input errors to stderr; throws UsageError when they give no module, naming the first problem. */
export async function loadInputs(files: readonly string[], io: CliIo, command: string): Promise<GoGraph> {
  const graph = loadSources(await readInputs(files, io, command));
  if (graph.modules.length > 0) {
    const errors = graph.diagnostics.filter((d) => d.level === 'error');
    for (const d of errors.slice(0, SHOWN_PROBLEMS)) io.stderr(`gotopo: ${diagnosticLine(d)}\n`);
    if (errors.length > SHOWN_PROBLEMS) io.stderr(`gotopo: ... and ${errors.length - SHOWN_PROBLEMS} more input errors\n`);
    return graph;
  }
  const first = graph.diagnostics.find((d) => d.level === 'error') ?? graph.diagnostics[0];
  if (first) throw new UsageError(diagnosticLine(first));
  const read = graph.inputs.map((i) => `${i.source}: ${i.kind}`).join(', ');
  throw new UsageError(`no modules in the inputs (${read}) - add \`${INPUT_COMMANDS['go-mod-graph']}\` or \`${INPUT_COMMANDS['go-list-m']}\` output`);
}

/** A diagnostic as one line: `source: line N: message` (without repeating what the message already says). */
export function diagnosticLine(d: Diagnostic): string {
  const where = d.line !== undefined && !d.message.startsWith('line ') ? `line ${d.line}: ` : '';
  const message = `${where}${d.message}`;
  return message.startsWith(d.source) ? message : `${d.source}: ${message}`;
}
