// What each missing input would add, with the exact command to run (DESIGN 2).
import type { InputKind } from '../parse/types';
import type { GoGraph } from './types';

export interface InputAdvice {
  kind: InputKind;
  /** What gotopo can show once this input is loaded. */
  adds: string;
  command: string;
}

/** The Go commands that produce each input; `-e` keeps one bad module from emptying the output. */
export const INPUT_COMMANDS: Record<Exclude<InputKind, 'policy'>, string> = {
  'go-list-m': 'go list -m -e -json all',
  'go-mod-graph': 'go mod graph',
  'go-list-deps': 'go list -e -deps -test -json ./...',
  'go-mod-why': 'go mod why -m all',
  'go-mod': 'cat go.mod',
  'go-sum': 'cat go.sum',
  'vendor-modules': 'cat vendor/modules.txt',
  govulncheck: 'govulncheck -json ./...',
};

/** The one-liner that writes the recommended inputs to one file. */
export const ONE_LINER = '{ go list -m -e -json all; go mod graph; go list -e -deps -test -json ./...; go mod why -m all; } > topo.txt';

const ADVICE: { kind: Exclude<InputKind, 'policy'>; adds: string }[] = [
  { kind: 'go-mod-graph', adds: 'No requirement edges yet: the graph, selected versions (MVS), version skew and hot libraries need go mod graph.' },
  { kind: 'go-list-m', adds: 'No module list: go.mod labels (// indirect), replacements and Go versions come from go list -m.' },
  { kind: 'go-list-deps', adds: 'No packages: which modules are really compiled in, import edges and unused requirements need go list -deps -test.' },
  { kind: 'go-mod-why', adds: "No go mod why: Go's own tag- and platform-independent answer to whether each module is needed." },
  { kind: 'govulncheck', adds: 'No vulnerability scan: add govulncheck -json output to mark vulnerable modules (offline).' },
];

/** Advice for each recommended input the load lacks; `-test` is advised when packages came without it. */
export function missingInputs(graph: GoGraph): InputAdvice[] {
  const have = new Set(graph.inputs.map((i) => i.kind));
  const out: InputAdvice[] = ADVICE.filter((a) => !have.has(a.kind)).map((a) => ({ ...a, command: INPUT_COMMANDS[a.kind] }));
  if (have.has('go-list-deps') && !graph.packagesWithTests) {
    out.push({ kind: 'go-list-deps', adds: 'Packages were listed without -test: test-only imports of the main module are unknown.', command: INPUT_COMMANDS['go-list-deps'] });
  }
  return out;
}
