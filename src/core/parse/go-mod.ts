// go.mod -> GoModFile: directives, blocks and the `// indirect` and
// `// Deprecated:` comments, following golang.org/x/mod/modfile.
import { forEachLine, quote, type Diagnostics, type Span } from './text';
import type { GoModFile, GoModReplace } from './types';

const IGNORED_VERBS = new Set(['godebug', 'ignore']);
const DEPRECATED = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/;

/** Parses one go.mod; unknown directives and malformed lines are reported and skipped. */
export function parseGoMod(span: Span, diags: Diagnostics): GoModFile {
  const mod: GoModFile = { module: '', requires: [], replaces: [], excludes: [], retracts: [], tools: [] };
  let block: string | undefined;
  let comments: string[] = [];
  forEachLine(span, (raw, offset) => {
    const { tokens, comment } = tokenize(raw);
    if (tokens.length === 0) {
      // Comment lines right above a directive belong to it (modfile's "Before" comments).
      // Pushed, not copied: a copy per line is quadratic over thousands of comment lines.
      if (comment === undefined) comments = [];
      else comments.push(comment);
      return;
    }
    const before = comments;
    comments = [];
    if (block !== undefined && tokens[0] === ')') block = undefined;
    else if (block !== undefined) directive(mod, block, tokens, comment, offset, diags);
    else if (tokens[1] === '(' && tokens.length === 2) block = tokens[0];
    else if (tokens[0] === 'module') {
      mod.module = tokens[1] ?? '';
      const deprecated = DEPRECATED.exec([...before, comment ?? ''].join('\n').trim());
      if (deprecated) mod.deprecated = deprecated[1].trim();
    } else directive(mod, tokens[0], tokens.slice(1), comment, offset, diags);
  });
  if (!mod.module) diags.general('warning', 'expected a "module <path>" line in go.mod, found none');
  return mod;
}

function directive(mod: GoModFile, verb: string, args: string[], comment: string | undefined, offset: number, diags: Diagnostics): void {
  const bad = (shape: string) => diags.atLine('error', offset, `expected "${verb} ${shape}", got ${quote(`${verb} ${args.join(' ')}`)}`);
  switch (verb) {
    case 'go':
    case 'toolchain':
      if (args.length === 1) mod[verb] = args[0];
      else bad('<version>');
      return;
    case 'require':
      if (args.length === 2) mod.requires.push({ path: args[0], version: args[1], indirect: isIndirect(comment) });
      else bad('<module> <version>');
      return;
    case 'exclude':
      if (args.length === 2) mod.excludes.push({ path: args[0], version: args[1] });
      else bad('<module> <version>');
      return;
    case 'replace': {
      const replace = toReplace(args);
      if (replace) mod.replaces.push(replace);
      else bad('<module> [<version>] => <module> <version> | <directory>');
      return;
    }
    case 'retract':
      if (args.length === 1) mod.retracts.push(args[0]);
      else if (args.length === 5 && args[0] === '[' && args[2] === ',' && args[4] === ']') mod.retracts.push(`[${args[1]}, ${args[3]}]`);
      else bad('<version> | [<low>, <high>]');
      return;
    case 'tool':
      if (args.length === 1) mod.tools.push(args[0]);
      else bad('<package>');
      return;
    default:
      if (!IGNORED_VERBS.has(verb)) diags.atLine('warning', offset, `expected a go.mod directive (module, go, toolchain, require, replace, exclude, retract, tool), got ${quote(verb)}; skipped it`);
  }
}

function toReplace(args: string[]): GoModReplace | null {
  const arrow = args.indexOf('=>');
  const left = args.slice(0, arrow);
  const right = args.slice(arrow + 1);
  if (arrow < 0 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) return null;
  const replace: GoModReplace = { oldPath: left[0], newPath: right[0] };
  if (left[1] !== undefined) replace.oldVersion = left[1];
  if (right[1] !== undefined) replace.newVersion = right[1];
  return replace;
}

/** modfile's isIndirect: the comment is exactly `indirect` or starts with `indirect;`. */
export function isIndirect(comment: string | undefined): boolean {
  const f = comment === undefined ? [] : comment.trim().split(/\s+/);
  return (f.length === 1 && f[0] === 'indirect') || (f.length > 1 && f[0] === 'indirect;');
}

/** Splits a go.mod line into tokens (quoted strings unquoted; ( ) [ ] , => standalone) and its `//` comment. */
export function tokenize(line: string): { tokens: string[]; comment?: string } {
  const tokens: string[] = [];
  const re = /\s*(?:(\/\/.*)|("(?:[^"\\]|\\.)*")|`([^`]*)`|(=>|[()[\],])|([^\s()[\],"`]+?)(?==>|[\s()[\],]|\/\/|$))/y;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null && m[0] !== '') {
    if (m[1] !== undefined) return { tokens, comment: m[1].slice(2) };
    if (m[2] !== undefined) tokens.push(unquote(m[2]));
    else tokens.push(m[3] ?? m[4] ?? m[5]);
  }
  return { tokens };
}

function unquote(s: string): string {
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
}
