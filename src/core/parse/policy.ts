// Policy YAML -> Policy. Detected by its `allowed_modules` key; every
// problem names the entry it is in.
import { isObject as isRecord } from './json-fields';
import { makeLocator, readPolicyYaml } from './policy-yaml';
import type { Diagnostics, Span } from './text';
import type { Policy, PolicyRule } from './types';

const UNLISTED = ['direct', 'all', 'listed'] as const;
const TOP_KEYS = new Set(['allowed_modules', 'forbidden_modules', 'unlisted', 'max_depth', 'max_modules']);
const RULE_KEYS = new Set(['name', 'version', 'critical', 'security_audited']);

/** Parses and validates a policy; null when the YAML itself is broken or has no allowed_modules list. */
export function parsePolicy(span: Span, diags: Diagnostics): Policy | null {
  const read = readPolicyYaml(span, diags);
  if (!read) return null;
  const { doc, data } = read;
  const locate = makeLocator(doc);
  const where = (path: unknown[]): number => span.start + locate(path);
  if (!isRecord(data) || !Array.isArray(data.allowed_modules)) {
    diags.at('error', where([]), 'expected a policy with an "allowed_modules" list, found none');
    return null;
  }
  const policy: Policy = { allowedModules: [], forbiddenModules: [], unlisted: 'direct' };
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) diags.at('warning', where([key]), `unknown policy key "${key}" ignored; expected one of ${[...TOP_KEYS].join(', ')}`);
  }
  data.allowed_modules.forEach((entry: unknown, i: number) => {
    const rule = toRule(entry, `allowed_modules[${i}]`, (msg, key) => diags.at('error', where(key ? ['allowed_modules', i, key] : ['allowed_modules', i]), msg));
    if (rule) policy.allowedModules.push(rule);
  });
  if (data.forbidden_modules !== undefined) {
    if (Array.isArray(data.forbidden_modules)) {
      data.forbidden_modules.forEach((glob: unknown, i: number) => {
        if (typeof glob === 'string' && glob !== '') policy.forbiddenModules.push(glob);
        else diags.at('error', where(['forbidden_modules', i]), `forbidden_modules[${i}]: expected a module path glob, got ${JSON.stringify(glob)}`);
      });
    } else diags.at('error', where(['forbidden_modules']), 'forbidden_modules: expected a list of module path globs');
  }
  if (data.unlisted !== undefined) {
    const unlisted = UNLISTED.find((u) => u === data.unlisted);
    if (unlisted) policy.unlisted = unlisted;
    else diags.at('error', where(['unlisted']), `unlisted: expected one of ${UNLISTED.join(', ')}, got ${JSON.stringify(data.unlisted)}; using "direct"`);
  }
  for (const [key, field] of [['max_depth', 'maxDepth'], ['max_modules', 'maxModules']] as const) {
    const v = data[key];
    if (v === undefined) continue;
    if (Number.isInteger(v) && (v as number) >= 0) policy[field] = v as number;
    else diags.at('error', where([key]), `${key}: expected a whole number of 0 or more, got ${JSON.stringify(v)}`);
  }
  return policy;
}

function toRule(entry: unknown, label: string, report: (message: string, key?: string) => void): PolicyRule | null {
  if (typeof entry === 'string' && entry !== '') return { name: entry };
  if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name === '') {
    report(`${label}: expected an entry with a "name" (a module path), got ${JSON.stringify(entry)}; skipped it`);
    return null;
  }
  const rule: PolicyRule = { name: entry.name };
  const named = `${label} (${entry.name})`;
  for (const key of Object.keys(entry)) {
    if (!RULE_KEYS.has(key)) report(`${named}: unknown key "${key}" ignored; expected ${[...RULE_KEYS].join(', ')}`, key);
  }
  if (entry.version !== undefined) {
    if (typeof entry.version === 'string') rule.version = entry.version;
    else report(`${named}: "version" must be a string (quote it, e.g. ">=v1.2.0"), got ${JSON.stringify(entry.version)}`, 'version');
  }
  for (const [key, field] of [['critical', 'critical'], ['security_audited', 'securityAudited']] as const) {
    const v = entry[key];
    if (v === undefined) continue;
    if (typeof v === 'boolean') rule[field] = v;
    else report(`${named}: "${key}" must be true or false, got ${JSON.stringify(v)}`, key);
  }
  return rule;
}
