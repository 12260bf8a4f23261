import { useEffect, useRef, useState } from 'react';
import { useApp } from '../use-app';
import { renderMermaid } from './mermaid-render';

type Status = { kind: 'rendering' } | { kind: 'ok' } | { kind: 'error'; message: string };

/** The diagram as GitHub would draw it: the real Mermaid, in strict mode, loaded on first use. */
export function MermaidPreview({ text }: { text: string }) {
  const dark = useApp((s) => s.theme === 'dark');
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'rendering' });
  useEffect(() => {
    let current = true;
    setStatus({ kind: 'rendering' });
    renderMermaid(text, dark).then(
      (svg) => {
        if (!current || !box.current) return;
        // Mermaid's strict mode sanitises the SVG (DOMPurify); labels are entity-escaped by the exporter.
        box.current.innerHTML = svg;
        setStatus({ kind: 'ok' });
      },
      (err: unknown) => {
        if (!current) return;
        if (box.current) box.current.innerHTML = '';
        setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [text, dark]);
  return (
    <figure aria-label="Mermaid preview" aria-busy={status.kind === 'rendering'} className="relative min-h-48 flex-1 overflow-auto rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-950">
      {status.kind === 'rendering' && <p className="absolute left-3 top-3 text-sm text-slate-500">Rendering with Mermaid…</p>}
      {status.kind === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Mermaid could not draw this diagram: {status.message}
        </p>
      )}
      <div ref={box} className="[&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full" />
    </figure>
  );
}
