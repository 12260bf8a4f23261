import { useMemo } from 'react';
import type { ExportContext, ExportSettings } from '../../store/export-options';
import { dotExport } from '../../store/export-options';
import { secondaryButton } from '../common/button';
import { CopyTextButton } from './ActionButton';
import { DiagramSettings } from './DiagramSettings';
import { downloadText } from './download';

/** DOT for Graphviz: no size limit, same scopes as Mermaid. */
export function DotPanel({ ctx, settings, onChange, stem }: { ctx: ExportContext; settings: ExportSettings; onChange: (s: ExportSettings) => void; stem: string }) {
  const text = useMemo(() => dotExport(ctx, settings), [ctx, settings]);
  return (
    <div className="flex min-h-0 gap-5">
      <div className="w-72 shrink-0">
        <DiagramSettings ctx={ctx} settings={settings} onChange={onChange} styles={false} />
        {text !== null && (
          <div className="mt-4 flex flex-wrap gap-2">
            <CopyTextButton text={() => text}>Copy DOT</CopyTextButton>
            <button type="button" className={secondaryButton} onClick={() => downloadText(`${stem}.dot`, text, 'text/vnd.graphviz')}>
              Download .dot
            </button>
          </div>
        )}
      </div>
      {text === null ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">Select a module first (search, or click it in the graph).</p>
      ) : (
        <textarea readOnly aria-label="DOT text" value={text} className="h-[26rem] min-w-0 flex-1 resize-none rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-[11.5px] dark:border-slate-700 dark:bg-slate-900" />
      )}
    </div>
  );
}
