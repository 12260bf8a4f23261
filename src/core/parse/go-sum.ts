// go.sum -> one record per line (GO-FORMATS §7).
import { fields, forEachLine, quote, type Diagnostics, type Span } from './text';
import type { GoSumLine } from './types';

/** Parses `path version[/go.mod] hash` lines; a bad line is reported and the rest kept. */
export function parseGoSum(span: Span, diags: Diagnostics): GoSumLine[] {
  const lines: GoSumLine[] = [];
  forEachLine(span, (line, offset) => {
    const f = fields(line);
    if (f.length === 0) return;
    if (f.length !== 3 || !f[1].startsWith('v') || !f[2].includes(':')) {
      diags.atLine('error', offset, `expected "<module> <version>[/go.mod] h1:<hash>", got ${quote(line)}: is this a go.sum file?`);
      return;
    }
    const goMod = f[1].endsWith('/go.mod');
    lines.push({ path: f[0], version: goMod ? f[1].slice(0, -'/go.mod'.length) : f[1], goMod, hash: f[2] });
  });
  return lines;
}
