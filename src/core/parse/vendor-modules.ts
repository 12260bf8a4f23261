// vendor/modules.txt -> vendored modules (GO-FORMATS §7).
import { isValidSemver } from '../semver';
import { forEachLine, quote, type Diagnostics, type Span } from './text';
import type { VendoredModule } from './types';

/** Parses `# module` lines, their `## annotations` and package lines; trailing replacement-only lines become modules without packages. */
export function parseVendorModules(span: Span, diags: Diagnostics): VendoredModule[] {
  const modules: VendoredModule[] = [];
  let current: VendoredModule | undefined;
  forEachLine(span, (raw, offset) => {
    const line = raw.trim();
    if (line === '' || line === '## workspace') return;
    if (line.startsWith('## ')) {
      if (current) annotate(current, line.slice(3));
      else diags.atLine('warning', offset, `expected a "# <module> <version>" line before ${quote(line)}`);
    } else if (line.startsWith('# ')) {
      current = toModule(line.slice(2));
      if (current) modules.push(current);
      else diags.atLine('error', offset, `expected "# <module> <version> [=> <replacement> [<version>]]", got ${quote(line)}: is this vendor/modules.txt?`);
    } else if (current && !/\s/.test(line)) current.packages.push(line);
    else diags.atLine('error', offset, `expected a package path after a "# <module>" line, got ${quote(line)}: is this vendor/modules.txt?`);
  });
  return modules;
}

function toModule(rest: string): VendoredModule | undefined {
  const arrow = rest.indexOf('=>');
  const head = (arrow < 0 ? rest : rest.slice(0, arrow)).trim().split(/\s+/);
  if (head[0] === '' || head.length > 2) return undefined;
  const m: VendoredModule = { path: head[0], explicit: false, packages: [] };
  if (head[1] !== undefined) m.version = head[1];
  if (arrow >= 0) {
    // A directory replacement may contain spaces: the last word is a version only if it is semver.
    const target = rest.slice(arrow + 2).trim();
    const lastSpace = target.lastIndexOf(' ');
    const last = target.slice(lastSpace + 1);
    m.replace = lastSpace > 0 && isValidSemver(last) ? { path: target.slice(0, lastSpace).trim(), version: last } : { path: target };
    if (!m.replace.path) return undefined;
  } else if (m.version === undefined) return undefined;
  return m;
}

function annotate(m: VendoredModule, annotations: string): void {
  for (const a of annotations.split(';')) {
    const item = a.trim();
    if (item === 'explicit') m.explicit = true;
    else if (item.startsWith('go ')) m.goVersion = item.slice(3).trim();
  }
}
