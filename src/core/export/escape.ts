// Text from inputs and links is untrusted: these turn it into label text that
// can only ever be read as text by Mermaid and Graphviz.

// C0/C1 controls, line/paragraph separators and bidi overrides (which can make a label lie about its content).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi characters; line breaks and tabs become spaces. */
export function stripControl(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(CONTROL, '');
}

// Characters that mean nothing to Mermaid inside a quoted label.
const MERMAID_SAFE = /^[A-Za-z0-9 ._/@+~,-]$/;
const MERMAID_NAMED: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;' };

/**
 * Body of a quoted Mermaid label: every character outside a small safe set becomes a
 * Mermaid entity code (`#quot;`, `#35;`), so no `"`, `%%`, `:::`, `;`, bracket, backtick or HTML survives.
 */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of stripControl(text)) {
    out += MERMAID_SAFE.test(ch) ? ch : (MERMAID_NAMED[ch] ?? `#${ch.codePointAt(0)};`);
  }
  return out;
}

/** A double-quoted DOT string; backslashes are doubled so `\N`, `\G`, `\l` from data stay literal. */
export function dotString(text: string): string {
  return `"${stripControl(text).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
