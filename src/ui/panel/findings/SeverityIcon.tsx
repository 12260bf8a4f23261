import type { Severity } from '../../../core/analysis';
import { BADGE } from '../../graph/metric-palette';

// The glyphs are the graph's badges, so the panel and the canvas speak alike.
const TONE: Record<Severity, string> = {
  error: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
};

/** Severity as a glyph and a word, so colour is never the only signal. */
export function SeverityIcon({ severity, compact = false }: { severity: Severity; compact?: boolean }) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded px-1 py-px text-[10.5px] font-semibold uppercase leading-4 ${TONE[severity]}`}>
      <span aria-hidden="true" className="font-sans normal-case">{BADGE[severity]}</span>
      {compact ? <span className="sr-only">{severity}</span> : severity}
    </span>
  );
}
