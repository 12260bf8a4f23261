// A policy's allow list, compiled once: each rule's constraint parsed (or the
// reason it cannot be), names that are globs turned into matchers.
import type { Finding } from '../analysis/types';
import type { Policy, PolicyRule } from '../parse/types';
import { isGlob, moduleGlob } from './module-glob';
import { parseConstraint, type VersionConstraint } from './version-constraint';

/** A rule with its constraint parsed; `constraint` is null when absent or invalid. */
export interface CompiledRule {
  rule: PolicyRule;
  constraint: VersionConstraint | null;
}

/** The compiled allow list and the findings about the policy itself (bad constraints). */
export interface AllowList {
  /** The rule for a module path: an exact name first, else the first glob that matches. */
  ruleFor(path: string): CompiledRule | null;
  problems: Finding[];
}

/** Compiles `policy.allowedModules`. */
export function compileAllowList(policy: Policy): AllowList {
  const exact = new Map<string, CompiledRule>();
  const globs: { re: RegExp; compiled: CompiledRule }[] = [];
  const problems: Finding[] = [];
  for (const rule of policy.allowedModules) {
    const compiled = { rule, constraint: compileConstraint(rule, problems) };
    if (isGlob(rule.name)) globs.push({ re: moduleGlob(rule.name), compiled });
    else if (!exact.has(rule.name)) exact.set(rule.name, compiled);
  }
  return {
    ruleFor: (path) => exact.get(path) ?? globs.find((g) => g.re.test(path))?.compiled ?? null,
    problems,
  };
}

function compileConstraint(rule: PolicyRule, problems: Finding[]): VersionConstraint | null {
  const problem = (message: string, fix: string) =>
    problems.push({ kind: 'policy-violation', severity: 'error', modules: [rule.name], message, evidence: [`allowed_modules entry: ${rule.name}`], fix, inputs: ['policy'] });
  if (rule.version === undefined || rule.version.trim() === '') {
    // An audit covers specific code: "any version" cannot have been audited.
    if (rule.securityAudited) problem(`policy: ${rule.name} is security_audited but names no audited version`, `add the audited version(s) to the entry, e.g. version: "v1.2.3"`);
    return null;
  }
  try {
    return parseConstraint(rule.version);
  } catch (e) {
    problem(`policy: ${(e as Error).message}`, `fix the version of ${rule.name} in the policy (forms: 1.2.3, ^1.2.3, ~1.2.3, >=1.2.0 <2.0.0, a || b, *)`);
    return null;
  }
}
