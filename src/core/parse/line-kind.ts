// What one line of a text bundle looks like: the input kind it can start,
// or a role that never starts an input (blank, comment, separator, ...).
import type { InputKind } from './types';

/** An input kind the line announces, or: 'neutral' (blank, // comment), 'separator' (a line of dashes), 'other'. */
export type LineClass = InputKind | 'neutral' | 'separator' | 'other';

const SEPARATOR = /^\s*([-=*_~+])\1{2,}\s*$/;
const GO_MOD_VERB = /^(?:module|go|toolchain|require|replace|exclude|retract|tool|godebug|ignore)(?:\s|\(|$)/;
const WHY_NOTE = /^\(main module does not need /;
const SUM_HASH = /^[a-z0-9]+:\S+$/;
const POLICY_KEY = /^allowed_modules\s*:/;

/** Classifies one line (without its line end). */
export function classifyLine(line: string): LineClass {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('//')) return 'neutral';
  if (SEPARATOR.test(line)) return 'separator';
  if (trimmed.startsWith('## ') || trimmed === '##') return 'vendor-modules';
  if (trimmed.startsWith('# ')) return /\s/.test(trimmed.slice(2).trim()) ? 'vendor-modules' : 'go-mod-why';
  if (WHY_NOTE.test(trimmed)) return 'go-mod-why';
  if (GO_MOD_VERB.test(line)) return 'go-mod';
  if (POLICY_KEY.test(line)) return 'policy';
  const parts = trimmed.split(/\s+/);
  if (parts.length === 2 && parts[1].includes('@')) return 'go-mod-graph';
  if (parts.length === 3 && SUM_HASH.test(parts[2]) && parts[1].startsWith('v')) return 'go-sum';
  return 'other';
}
