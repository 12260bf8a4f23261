// Usage text: `gotopo help`, `gotopo help COMMAND`, `gotopo COMMAND --help`.
import { POLICY_DOC } from '../core/governance';
import { ONE_LINER } from '../core/model/advice';
import type { Command } from './args';
import { SCOPE_SYNTAX } from './scope';

const COMMAND_HELP: Record<Command, string> = {
  analyze: `gotopo analyze FILE... [--format json|markdown]
  The gotopo.report/v1 report: modules, hot base libraries, findings with fixes.
  --format json      the versioned JSON report (default; docs/cli.md)
  --format markdown  a summary for PR comments and CI logs`,
  mermaid: `gotopo mermaid FILE... [--scope SCOPE] [--direction TD|LR] [--owners]
  A Mermaid flowchart that renders in GitHub Markdown. Past Mermaid's limits it
  prints the reason and the scopes that fit to stderr, and exits 1.`,
  dot: `gotopo dot FILE... [--scope SCOPE] [--direction TD|LR] [--owners]
  A Graphviz digraph (render with: dot -Tsvg graph.dot > graph.svg).`,
  link: `gotopo link FILE... [--base URL]
  A share link; the data is in the URL fragment, never sent to a server.
  Without --base it prints the fragment (#g=...) to append to a gotopo site's address.`,
  check: `gotopo check FILE... --policy policy.yaml [--format text|json]
  Checks the modules against a policy (allowed_modules with version constraints,
  forbidden_modules, unlisted, max_depth, max_modules). Exits 1 on any violation.`,
};

const SHARED = `Scopes (mermaid, dot): ${SCOPE_SYNTAX}
  top:N            the N modules with the most transitive dependents
  module:PATH[:N]  PATH and its neighbours within N hops (default 1)
  deps:PATH[:N]    PATH and its dependencies within N hops
  path:PATH        the shortest requirement paths from the main module to PATH
--owners groups modules by owner (github.com/org, golang.org/x, ...).`;

/** The usage text of one command, or of all. */
export function helpText(command?: Command): string {
  if (command === 'mermaid' || command === 'dot') return `${COMMAND_HELP[command]}\n\n${SHARED}\n`;
  if (command === 'check') return `${COMMAND_HELP[command]}\n\n${POLICY_DOC.trimEnd()}\n`;
  if (command) return `${COMMAND_HELP[command]}\n`;
  return `gotopo - the dependency topology of a Go project, from the output of its own Go tools

Usage:
${Object.values(COMMAND_HELP).map((h) => `  ${h.split('\n')[0]}`).join('\n')}
  gotopo help [COMMAND] | --help | --version

Inputs, in any mix and order (detected from content; - reads standard input):
  go list -m -json all, go mod graph, go list -deps -test -json ./..., go mod why -m all,
  go.mod, go.sum, vendor/modules.txt, govulncheck -json. All at once:
  ${ONE_LINER}

${SHARED}

Exit codes: 0 success, 1 findings that fail (check: violations; mermaid: too big),
2 unreadable input or bad usage.

gotopo help COMMAND shows one command. The JSON report is documented in docs/cli.md.
`;
}
