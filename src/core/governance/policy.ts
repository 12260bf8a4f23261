// Checks a graph against a policy (allow list with version constraints,
// forbidden globs, depth and size limits): findings of kind 'policy-violation'.
import type { Finding, Severity } from '../analysis/types';
import type { GoGraph, ModuleNode } from '../model/types';
import type { InputKind, Policy } from '../parse/types';
import { compareSemver } from '../semver';
import { moduleGlob } from './module-glob';
import { compileAllowList, type CompiledRule } from './policy-rules';
import { pathTo, requirementTree, type RequirementTree } from './requirement-tree';
import { namedVersions, satisfies } from './version-constraint';

const MODULE_INPUTS: InputKind[] = ['go-list-m', 'go-mod-graph', 'go-mod', 'vendor-modules'];

/** Policy violations of a graph; the policy defaults to the one loaded with it. Empty without a policy. */
export function checkPolicy(graph: GoGraph, policy: Policy | null = graph.policy): Finding[] {
  if (!policy) return [];
  const allow = compileAllowList(policy);
  const forbidden = policy.forbiddenModules.map((glob) => ({ glob, re: moduleGlob(glob) }));
  const tree = requirementTree(graph);
  const have = new Set(graph.inputs.map((i) => i.kind));
  const inputs: InputKind[] = ['policy', ...MODULE_INPUTS.filter((k) => have.has(k))];
  const out: Finding[] = [...allow.problems];
  const others = graph.modules.filter((m) => !m.main);
  const finding = (severity: Severity, m: ModuleNode, message: string, fix: string, extra: string[] = []): Finding => ({
    kind: 'policy-violation', severity, modules: [m.path], message, evidence: [...extra, ...evidenceOf(graph, tree, m)], fix, inputs,
  });

  for (const m of others) {
    const at = m.version ? `${m.path}@${m.version}` : m.path;
    const banned = forbidden.find((f) => f.re.test(m.path) || (m.replace && f.re.test(m.replace.path)));
    if (banned) out.push(finding('error', m, `${at} is forbidden by the policy`, `go get ${m.path}@none`, [`forbidden_modules: ${banned.glob}`]));
    const compiled = allow.ruleFor(m.path);
    if (compiled) {
      const violation = versionViolation(m, compiled, at);
      if (violation) out.push(finding(violation.severity, m, violation.message, violation.fix, [`allowed_modules: ${compiled.rule.name} version "${compiled.rule.version}"`]));
    } else if (policy.unlisted === 'all' || (policy.unlisted === 'direct' && isDirect(m, tree))) {
      const scope = policy.unlisted === 'all' ? 'every module' : 'direct requirements';
      out.push(finding('warning', m, `${at} is not on the policy's allow list (unlisted: ${policy.unlisted} checks ${scope})`, `add ${m.path} to allowed_modules, or drop it: go get ${m.path}@none`));
    }
  }
  if (policy.maxDepth !== undefined) {
    for (const m of others) {
      const depth = tree.depth[m.id];
      if (depth <= policy.maxDepth) continue;
      const requirer = graph.modules[tree.parent[m.id]].path;
      const fix = `replace or drop ${requirer}, which requires it (go get ${requirer}@none), or raise max_depth`;
      out.push(finding('warning', m, `${m.path} is ${depth} requirements deep; the policy allows at most ${policy.maxDepth}`, fix, [`max_depth: ${policy.maxDepth}`]));
    }
  }
  if (policy.maxModules !== undefined && others.length > policy.maxModules) {
    const main = graph.modules[graph.mainIds[0]]?.path ?? '';
    out.push({
      kind: 'policy-violation', severity: 'warning', modules: main ? [main] : [], inputs,
      message: `${others.length} modules in the build list; the policy allows at most ${policy.maxModules}`,
      evidence: [`max_modules: ${policy.maxModules}`, `modules besides the main module(s): ${others.length} (as go list -m all lists them)`],
      fix: 'remove unused requirements (go mod tidy) or drop dependencies (go get M@none)',
    });
  }
  return out;
}

function versionViolation(m: ModuleNode, { rule, constraint }: CompiledRule, at: string): { severity: Severity; message: string; fix: string } | null {
  if (!constraint || satisfies(m.version, constraint)) return null;
  // The highest version we know of that the policy accepts: seen in the graph, offered as an update, or named by the constraint.
  const candidates = [...m.versions, ...(m.update ? [m.update.version] : []), ...namedVersions(constraint)];
  const best = candidates.filter((v) => satisfies(v, constraint)).sort(compareSemver).at(-1);
  const fix = best ? `go get ${m.path}@${best}` : `no known version of ${m.path} satisfies "${constraint.text}": change the policy or go get ${m.path}@none`;
  if (rule.securityAudited) return { severity: 'error', message: `${at} is not covered by its security audit (audited: "${constraint.text}")`, fix };
  const critical = rule.critical ? ' (critical module)' : '';
  return { severity: rule.critical ? 'error' : 'warning', message: `${at} is outside the allowed versions "${constraint.text}"${critical}`, fix };
}

// go.mod's own listing when known; else a requirement of the main module that go list -m does not call indirect.
function isDirect(m: ModuleNode, tree: RequirementTree): boolean {
  if (m.goMod !== null) return m.goMod === 'direct';
  return tree.depth[m.id] === 1 && m.listIndirect !== true;
}

function evidenceOf(graph: GoGraph, tree: RequirementTree, m: ModuleNode): string[] {
  const via = pathTo(graph, tree, m.id);
  const lines = [via ? `required via ${via.join(' -> ')}` : 'no requirement path from the main module'];
  if (m.goMod === 'direct' || m.goMod === 'indirect') lines.push(`go.mod lists it as ${m.goMod === 'direct' ? 'a direct' : 'an // indirect'} requirement`);
  if (m.replace) lines.push(`replaced by ${m.replace.path}${m.replace.version ? `@${m.replace.version}` : ''}`);
  return lines;
}
