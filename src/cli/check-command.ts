// gotopo check: the inputs against a policy file. Exit 1 on any violation, so
// a CI step fails; each violation is one line a CI log shows whole.
import type { Finding } from '../core/analysis';
import { checkPolicy } from '../core/governance';
import { parseSources, type Policy } from '../core/parse';
import { toReportFinding } from '../core/report';
import { stringOption, UsageError, type CommandOptions } from './args';
import type { CliIo } from './io';
import { diagnosticLine, loadInputs, readInputs } from './read-inputs';

/** The schema string of `check --format json`. */
export const CHECK_SCHEMA = 'gotopo.check/v1';

const MODULE_COLUMN = 48;

/** Checks the inputs against --policy; 0 when nothing violates it, else 1. */
export async function checkCommand(files: readonly string[], options: CommandOptions, io: CliIo): Promise<number> {
  const policyFile = stringOption(options.policy);
  if (policyFile === undefined) throw new UsageError('check needs a policy - add --policy policy.yaml (gotopo help check shows the format)');
  const policy = await readPolicy(policyFile, io);
  const graph = await loadInputs(files, io, 'check');
  const violations = checkPolicy(graph, policy);
  const modules = graph.modules.filter((m) => !m.main).length;
  if (options.format === 'json') {
    const counts = { error: count(violations, 'error'), warning: count(violations, 'warning'), info: count(violations, 'info') };
    io.stdout(`${JSON.stringify({ schema: CHECK_SCHEMA, policy: policyFile, modules, counts, violations: violations.map(toReportFinding) }, null, 2)}\n`);
  } else {
    const width = Math.min(MODULE_COLUMN, Math.max(0, ...violations.map((v) => (v.modules[0] ?? '-').length)));
    for (const v of violations) io.stdout(`${v.severity.padEnd(8)} ${(v.modules[0] ?? '-').padEnd(width)}  ${v.message}; fix: ${v.fix}\n`);
    io.stdout(`${summary(violations, policyFile, modules)}\n`);
  }
  return violations.length > 0 ? 1 : 0;
}

// A policy with a broken rule would pass modules it meant to stop: refuse it (exit 2) instead.
async function readPolicy(path: string, io: CliIo): Promise<Policy> {
  const parsed = parseSources(await readInputs([path], io, 'check'));
  const input = parsed.inputs.find((i) => i.kind === 'policy');
  const problem = parsed.diagnostics.find((d) => d.level === 'error');
  if (problem) throw new UsageError(`policy ${diagnosticLine(problem)}`);
  if (!input || input.kind !== 'policy') throw new UsageError(`"${path}" is not a policy - expected YAML with an allowed_modules list (gotopo help check)`);
  return input.policy;
}

function count(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

function summary(violations: Finding[], policyFile: string, modules: number): string {
  if (violations.length === 0) return `gotopo check: ${modules} modules, no violations of ${policyFile}`;
  const errors = count(violations, 'error');
  const warnings = count(violations, 'warning');
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `gotopo check: ${n(violations.length, 'violation')} of ${policyFile} (${n(errors, 'error')}, ${n(warnings, 'warning')}) in ${modules} modules`;
}
