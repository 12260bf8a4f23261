// How each input is named to a Go engineer: by the command that prints it.
import type { InputSummary } from '../../core/model/types';
import type { InputKind } from '../../core/parse/types';

const NAMES: Record<InputKind, string> = {
  'go-list-m': 'go list -m -json',
  'go-mod-graph': 'go mod graph',
  'go-list-deps': 'go list -deps -json',
  'go-mod-why': 'go mod why -m',
  'go-mod': 'go.mod',
  'go-sum': 'go.sum',
  'vendor-modules': 'vendor/modules.txt',
  govulncheck: 'govulncheck -json',
  policy: 'policy',
};

export function inputName(input: InputSummary): string {
  if (input.kind === 'go-list-deps' && input.withTests) return 'go list -deps -test -json';
  return NAMES[input.kind];
}
