// The two finding kinds computed by src/core/governance, run like every other rule.
import { checkPolicy } from '../../governance/policy';
import { vulnFindings } from '../../governance/vuln-findings';
import type { FindingRule } from './context';

/** Vulnerabilities from a loaded govulncheck -json report. */
export const vulnerable: FindingRule = {
  kind: 'vulnerable',
  available: (graph) => (graph.vulns ? true : 'add `govulncheck -json ./...` output'),
  find: vulnFindings,
};

/** Violations of a loaded policy file. */
export const policyViolation: FindingRule = {
  kind: 'policy-violation',
  available: (graph) => (graph.policy ? true : 'load a policy YAML with `allowed_modules`'),
  find: (graph) => checkPolicy(graph),
};
