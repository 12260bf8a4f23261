import { useState } from 'react';
import type { JSX } from 'react';
import { DEFAULT_EXPORT_SETTINGS } from '../../store/export-options';
import type { ExportContext, ExportSettings } from '../../store/export-options';
import { fileStem } from '../../store/export-tables';
import { Modal } from '../common/Modal';
import { useApp } from '../use-app';
import { DotPanel } from './DotPanel';
import { ImagePanel, ReportPanel, TablesPanel } from './FilesPanel';
import { MermaidPanel } from './MermaidPanel';
import { useExportContext } from './use-export-context';

type Format = 'mermaid' | 'dot' | 'svg' | 'png' | 'json' | 'tables';

interface PanelProps {
  ctx: ExportContext;
  settings: ExportSettings;
  onChange: (s: ExportSettings) => void;
  stem: string;
}

const FORMATS: { id: Format; label: string; Panel: (p: PanelProps) => JSX.Element }[] = [
  { id: 'mermaid', label: 'Mermaid', Panel: MermaidPanel },
  { id: 'dot', label: 'DOT', Panel: DotPanel },
  { id: 'svg', label: 'SVG', Panel: (p) => <ImagePanel {...p} format="svg" /> },
  { id: 'png', label: 'PNG', Panel: (p) => <ImagePanel {...p} format="png" /> },
  { id: 'json', label: 'JSON report', Panel: ReportPanel },
  { id: 'tables', label: 'CSV / Markdown', Panel: TablesPanel },
];

/** Every export of the loaded graph, made in the browser and saved through Blob URLs. */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const ctx = useExportContext();
  const direction = useApp((s) => s.direction);
  const stem = fileStem(useApp((s) => s.derived?.mainPath ?? ''));
  const [format, setFormat] = useState<Format>('mermaid');
  const [settings, setSettings] = useState<ExportSettings>(() => ({ ...DEFAULT_EXPORT_SETTINGS, direction }));
  const current = FORMATS.find((f) => f.id === format)!;
  return (
    <Modal title="Export" onClose={onClose} wide>
      <div role="tablist" aria-label="Format" className="-mt-1 mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-700">
        {FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            id={`export-tab-${f.id}`}
            aria-selected={f.id === format}
            aria-controls="export-tabpanel"
            onClick={() => setFormat(f.id)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              f.id === format ? 'border-sky-600 text-slate-900 dark:border-sky-400 dark:text-white' : 'border-transparent text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200'
            }`}
          >
            {f.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="export-tabpanel" aria-labelledby={`export-tab-${format}`} className="max-h-[calc(100vh-11rem)] overflow-y-auto">
        {ctx ? <current.Panel ctx={ctx} settings={settings} onChange={setSettings} stem={stem} /> : <p className="text-sm">Load a graph first.</p>}
      </div>
    </Modal>
  );
}
