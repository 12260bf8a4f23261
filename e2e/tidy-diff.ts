// What `go mod tidy` changes in go.mod, read from its diff: the answer the
// findings must agree with, derived without the app's parsers.
export interface TidyChanges {
  unused: string[];
  shouldBeDirect: string[];
  shouldBeIndirect: string[];
}

const requireLine = /^([+-])\t(\S+) (\S+)( \/\/ indirect)?$/;

export function tidyChanges(diff: string): TidyChanges {
  const removed = new Map<string, boolean>();
  const added = new Map<string, boolean>();
  for (const line of diff.split('\n')) {
    const m = requireLine.exec(line);
    if (!m) continue;
    (m[1] === '-' ? removed : added).set(m[2], m[4] !== undefined);
  }
  const changes: TidyChanges = { unused: [], shouldBeDirect: [], shouldBeIndirect: [] };
  for (const [path, wasIndirect] of removed) {
    const nowIndirect = added.get(path);
    if (nowIndirect === undefined) changes.unused.push(path);
    else if (wasIndirect && !nowIndirect) changes.shouldBeDirect.push(path);
    else if (!wasIndirect && nowIndirect) changes.shouldBeIndirect.push(path);
  }
  return changes;
}

/** `go mod why -m` output: module path -> its package path, empty when not needed. */
export function goModWhy(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of text.split(/^# /m).slice(1)) {
    const [head, ...lines] = block.trim().split('\n');
    out.set(head.trim(), lines[0]?.startsWith('(') ? [] : lines.map((l) => l.trim()).filter(Boolean));
  }
  return out;
}

/** Per module path, how many modules reach it over the selected-version requirement edges. */
export function transitiveDependents(edges: [string, string][]): Map<string, number> {
  const into = new Map<string, string[]>();
  for (const [from, to] of edges) into.set(to, [...(into.get(to) ?? []), from]);
  const counts = new Map<string, number>();
  for (const target of into.keys()) {
    const seen = new Set<string>([target]);
    const stack = [target];
    while (stack.length) {
      for (const from of into.get(stack.pop()!) ?? []) {
        if (seen.has(from)) continue;
        seen.add(from);
        stack.push(from);
      }
    }
    counts.set(target, seen.size - 1);
  }
  return counts;
}

/** Module-level requirement edges out of the main module and out of each module's selected version. */
export function selectedEdges(selected: Map<string, string>, graphText: string): [string, string][] {
  const edges = new Set<string>();
  for (const line of graphText.split('\n')) {
    const [from, to] = line.trim().split(' ');
    if (!from || !to) continue;
    const [fromPath, fromVersion] = from.split('@');
    const toPath = to.split('@')[0];
    if (toPath === 'go' || toPath === 'toolchain') continue;
    if (fromVersion !== undefined && selected.get(fromPath) !== fromVersion) continue;
    edges.add(`${fromPath} ${toPath}`);
  }
  return [...edges].map((e) => e.split(' ') as [string, string]);
}
