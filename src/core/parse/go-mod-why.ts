// `go mod why -m all` -> one entry per `# module` stanza (GO-FORMATS §5).
import { forEachLine, quote, type Diagnostics, type Span } from './text';
import type { WhyEntry } from './types';

const NOT_NEEDED = /^\(main module does not need (?:to vendor )?module (\S+)\)$/;

/** Parses the stanzas; lines outside a stanza are reported. */
export function parseGoModWhy(span: Span, diags: Diagnostics): WhyEntry[] {
  const entries: WhyEntry[] = [];
  let current: WhyEntry | undefined;
  forEachLine(span, (raw, offset) => {
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('# ')) {
      current = { module: line.slice(2).trim(), needed: true, packages: [] };
      entries.push(current);
      return;
    }
    const notNeeded = NOT_NEEDED.exec(line);
    if (current && notNeeded) {
      current.needed = false;
      if (notNeeded[1] !== current.module) diags.atLine('warning', offset, `expected the module of the stanza, ${quote(current.module)}, found ${quote(notNeeded[1])}`);
    } else if (current && !/\s/.test(line)) current.packages.push(line);
    else diags.atLine('error', offset, `expected "# <module>", a package path or "(main module does not need module <module>)", got ${quote(line)}: is this go mod why -m output?`);
  });
  return entries;
}
