import { useMemo } from 'react';
import type { ExportContext, ExportSettings } from '../../store/export-options';
import { applySuggestion, mermaidExport, mermaidMarkdown } from '../../store/export-options';
import { secondaryButton } from '../common/button';
import { CopyTextButton } from './ActionButton';
import { DiagramSettings } from './DiagramSettings';
import { downloadText } from './download';
import { MermaidPreview } from './MermaidPreview';
import { formatCount } from '../../core/format-count';

/** Mermaid text of a scope, previewed with the real Mermaid; past its limits, smaller scopes that fit. */
export function MermaidPanel({ ctx, settings, onChange, stem }: { ctx: ExportContext; settings: ExportSettings; onChange: (s: ExportSettings) => void; stem: string }) {
  const result = useMemo(() => mermaidExport(ctx, settings), [ctx, settings]);
  return (
    <div className="flex min-h-0 gap-5">
      <div className="w-72 shrink-0">
        <DiagramSettings ctx={ctx} settings={settings} onChange={onChange} />
        {result.ok && (
          <>
            <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">
              {formatCount(result.edges)} edges, {formatCount(result.chars)} characters: within Mermaid’s limits, renders on GitHub.
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <CopyTextButton text={() => mermaidMarkdown(result.text)}>Copy as Markdown</CopyTextButton>
              <button type="button" className={secondaryButton} onClick={() => downloadText(`${stem}.mmd`, result.text, 'text/vnd.mermaid')}>
                Download .mmd
              </button>
            </div>
          </>
        )}
      </div>
      <div className="flex min-h-[24rem] min-w-0 flex-1 flex-col gap-2">
        {result.ok ? (
          <>
            <MermaidPreview text={result.text} />
            <textarea readOnly aria-label="Mermaid text" value={result.text} rows={5} className="w-full resize-y rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-[11.5px] dark:border-slate-700 dark:bg-slate-900" />
          </>
        ) : (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-medium">{'missing' in result ? result.reason : `Too big for Mermaid: ${result.reason}.`}</p>
            {result.suggestions.length > 0 && (
              <>
                <p className="mt-2">These smaller scopes render:</p>
                <ul className="mt-2 flex flex-col items-start gap-1.5" aria-label="Smaller scopes">
                  {result.suggestions.map((s) => (
                    <li key={s.label}>
                      <button type="button" className={secondaryButton} onClick={() => onChange(applySuggestion(settings, s))}>
                        {s.label} <span className="text-xs font-normal text-slate-500">({s.edges} edges)</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
