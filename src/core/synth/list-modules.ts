// `go list -m -json all` text: tab-indented objects, main first, then by path.
import type { Rng } from './prng';
import type { SynthModule, SynthProject } from './project';
import { pathRanks } from './mod-graph';
import { sumHash } from './versions';

const HOME = '/home/dev';

/** The directory go would report for a main module. */
export function mainDir(project: SynthProject): string {
  return `${HOME}/src/${project.mainPath.split('/').pop() ?? 'main'}`;
}

/** The module cache directory of a module at its selected version. */
export function moduleDir(m: SynthModule): string {
  return `${HOME}/go/pkg/mod/${m.path}@${selected(m)}`;
}

/** The selected version: the highest in the graph. */
export function selected(m: SynthModule): string {
  return m.versions[m.versions.length - 1].version;
}

/** The `Module` fields of one module, each as a `"Key": value` string, in go's field order. */
export function moduleFields(project: SynthProject, m: SynthModule | null): string[] {
  if (!m) {
    const dir = mainDir(project);
    return [q('Path', project.mainPath), '"Main": true', q('Dir', dir), q('GoMod', `${dir}/go.mod`), q('GoVersion', project.mainGoVersion)];
  }
  const version = selected(m);
  const fields = [q('Path', m.path), q('Version', version), q('Time', m.versions[m.versions.length - 1].time)];
  if (!m.direct) fields.push('"Indirect": true');
  fields.push(q('Dir', moduleDir(m)), q('GoMod', `${HOME}/go/pkg/mod/cache/download/${m.path}/@v/${version}.mod`));
  if (m.goVersion) fields.push(q('GoVersion', m.goVersion));
  return fields;
}

/** Renders every module as go list -m -json prints it, with go.sum hashes. */
export function renderListModules(project: SynthProject, rng: Rng): string {
  const byPath = new Array<SynthModule>(project.modules.length);
  pathRanks(project).forEach((r, i) => (byPath[r] = project.modules[i]));
  const parts = [object(moduleFields(project, null), '\t')];
  for (const m of byPath) {
    parts.push(object([...moduleFields(project, m), q('Sum', sumHash(rng)), q('GoModSum', sumHash(rng))], '\t'));
  }
  return parts.join('');
}

/** A JSON object of pre-rendered fields at one indent level, newline-terminated at the top level. */
export function object(fields: readonly string[], indent: string): string {
  const close = indent.slice(1);
  return `{\n${indent}${fields.join(`,\n${indent}`)}\n${close}}${close ? '' : '\n'}`;
}

/** One `"Key": "value"` field. */
export function q(key: string, value: string): string {
  return `"${key}": ${JSON.stringify(value)}`;
}
