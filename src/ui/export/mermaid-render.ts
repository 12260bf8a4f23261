// Mermaid, loaded on first use (it is larger than the rest of the app) and
// set to its strict mode: labels are text, no click handlers, no scripts.
import type { Mermaid } from 'mermaid';

let mermaid: Promise<Mermaid> | null = null;
// Mermaid keeps global state during a render: one at a time.
let queue: Promise<unknown> = Promise.resolve();
let seq = 0;

const load = () => (mermaid ??= import('mermaid').then((m) => m.default));

/** The SVG text of a Mermaid diagram; rejects with Mermaid's message when it cannot draw it. */
export function renderMermaid(text: string, dark: boolean): Promise<string> {
  const run = async () => {
    const m = await load();
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      maxEdges: 500,
      maxTextSize: 50_000,
      suppressErrorRendering: true,
      theme: dark ? 'dark' : 'default',
    });
    const { svg } = await m.render(`gotopo-mermaid-${++seq}`, text);
    return svg;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
