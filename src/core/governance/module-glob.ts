// Module path globs of a policy: `*` stays within one path element, `**`
// crosses elements, everything else is literal.

/** Compiles a module path glob into an anchored RegExp. */
export function moduleGlob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (ch === '*') source += '[^/]*';
    else source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** True when the text holds glob syntax (a rule name that is a pattern, not a path). */
export function isGlob(text: string): boolean {
  return text.includes('*');
}
