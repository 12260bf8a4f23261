import { useMemo } from 'react';
import { exportSvg, tableExporters } from '../../core/export';
import type { Table } from '../../core/export';
import { buildReport } from '../../core/report';
import type { ExportContext } from '../../store/export-options';
import { findingsTable, hotTable } from '../../store/export-tables';
import { secondaryButton } from '../common/button';
import { PALETTES } from '../graph/palette';
import { useApp } from '../use-app';
import { CopyTextButton } from './ActionButton';
import { canvasPng } from './canvas-registry';
import { downloadBlob, downloadText } from './download';
import { formatCount } from '../../core/format-count';

const note = 'mt-1 text-sm text-slate-600 dark:text-slate-300';

/** SVG and PNG of the graph as laid out now. */
export function ImagePanel({ ctx, stem, format }: { ctx: ExportContext; stem: string; format: 'svg' | 'png' }) {
  const positions = useApp((s) => s.positions);
  const palette = PALETTES[useApp((s) => s.theme)];
  const count = (ctx.visibleIds ?? ctx.graph.modules).length;
  const svg = () => exportSvg(ctx.graph, { positions: positions!, ids: ctx.visibleIds ?? undefined, colours: palette });
  const png = async () => {
    const blob = await canvasPng(palette.background);
    if (blob) downloadBlob(`${stem}.png`, blob);
  };
  return (
    <div>
      <p className={note}>
        {format === 'svg'
          ? `The ${formatCount(count)} modules ${ctx.visibleIds ? 'in focus' : 'of the graph'} as laid out on screen, as a vector image with selectable text.`
          : 'The whole graph as drawn on screen now (colours, highlight and theme), at twice the screen resolution.'}
      </p>
      <div className="mt-3">
        {format === 'svg' ? (
          <button type="button" className={secondaryButton} disabled={!positions} onClick={() => downloadText(`${stem}.svg`, svg(), 'image/svg+xml')}>
            Download .svg
          </button>
        ) : (
          <button type="button" className={secondaryButton} onClick={() => void png()}>
            Download .png
          </button>
        )}
      </div>
    </div>
  );
}

/** The CLI's gotopo.report/v1 JSON: modules, hot metrics and findings. */
export function ReportPanel({ ctx, stem }: { ctx: ExportContext; stem: string }) {
  const analysis = ctx.analysis;
  const json = () => `${JSON.stringify(buildReport(ctx.graph, analysis!), null, 2)}\n`;
  return (
    <div>
      <p className={note}>
        The same versioned JSON report as <code className="font-mono">gotopo analyze --format json</code>: modules, hot-library metrics and findings with their evidence.
      </p>
      <div className="mt-3 flex gap-2">
        <button type="button" className={secondaryButton} disabled={!analysis} onClick={() => downloadText(`${stem}-report.json`, json(), 'application/json')}>
          Download .json
        </button>
        {analysis && <CopyTextButton text={json}>Copy JSON</CopyTextButton>}
      </div>
    </div>
  );
}

/** The hot-libraries and findings tables as CSV or Markdown. */
export function TablesPanel({ ctx, stem }: { ctx: ExportContext; stem: string }) {
  const tables = useMemo(
    () => (ctx.analysis ? [
      { id: 'hot-libraries', title: 'Hot libraries', table: hotTable(ctx.graph, ctx.analysis) },
      { id: 'findings', title: 'Findings', table: findingsTable(ctx.analysis) },
    ] : []),
    [ctx],
  );
  if (tables.length === 0) return <p className={note}>The analysis has not finished.</p>;
  return (
    <div className="space-y-4">
      {tables.map((t) => (
        <TableExport key={t.id} id={t.id} title={t.title} table={t.table} stem={stem} />
      ))}
    </div>
  );
}

function TableExport({ id, title, table, stem }: { id: string; title: string; table: Table; stem: string }) {
  return (
    <section aria-label={`${title} table`} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-sm font-semibold">
        {title} <span className="font-normal text-slate-500">— {formatCount(table.rows.length)} rows</span>
      </h3>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} aria-label={`Download ${title} CSV`} onClick={() => downloadText(`${stem}-${id}.csv`, tableExporters.csv(table), 'text/csv')}>
          Download CSV
        </button>
        <button type="button" className={secondaryButton} aria-label={`Download ${title} Markdown`} onClick={() => downloadText(`${stem}-${id}.md`, tableExporters.markdown(table), 'text/markdown')}>
          Download Markdown
        </button>
        <CopyTextButton label={`Copy ${title} Markdown`} text={() => tableExporters.markdown(table)}>
          Copy Markdown
        </CopyTextButton>
      </div>
    </section>
  );
}
