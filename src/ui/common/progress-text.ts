// The words of the load progress line: the phase, its step, and for reading
// the share of bytes read.
import type { LoadingState } from '../../store/data-slice';

const PHASES = {
  reading: 'Reading',
  parsing: 'Parsing and building the graph',
  analysing: 'Ranking hot libraries and finding redundancies',
  layout: 'Laying out the graph',
} as const;
const ORDER = ['reading', 'parsing', 'analysing', 'layout'] as const;

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0);

export interface ProgressText {
  step: string;
  phase: string;
  /** 0..1 while reading with a known size, else null. */
  fraction: number | null;
  bytes: string;
}

export function progressText(loading: LoadingState): ProgressText {
  const { phase, loaded, total } = loading;
  const fraction = phase === 'reading' && total ? Math.min(1, (loaded ?? 0) / total) : null;
  return {
    step: `${ORDER.indexOf(phase) + 1}/${ORDER.length}`,
    phase: PHASES[phase],
    fraction,
    bytes: fraction === null || !total ? '' : `${Math.floor(fraction * 100)}% · ${mb(loaded ?? 0)} of ${mb(total)} MB`,
  };
}
