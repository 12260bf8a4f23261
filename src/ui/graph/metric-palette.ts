// Colours of the hotness and findings modes per theme; the legend reads the same table.
import type { Severity } from '../../core/analysis';
import type { Theme } from '../../store/ui-slice';

export interface Swatch {
  fill: string;
  border: string;
}

/** Sequential scale, coolest (0) to hottest (5). */
export const HOT_STEPS: Record<Theme, Swatch[]> = {
  light: [
    { fill: '#ffffff', border: '#cbd5e1' },
    { fill: '#ffedd5', border: '#fdba74' },
    { fill: '#fed7aa', border: '#fb923c' },
    { fill: '#fdba74', border: '#f97316' },
    { fill: '#fb923c', border: '#ea580c' },
    { fill: '#f97316', border: '#9a3412' },
  ],
  dark: [
    { fill: '#0f172a', border: '#475569' },
    { fill: '#431407', border: '#9a3412' },
    { fill: '#7c2d12', border: '#c2410c' },
    { fill: '#9a3412', border: '#ea580c' },
    { fill: '#c2410c', border: '#fb923c' },
    { fill: '#ea580c', border: '#fed7aa' },
  ],
};

export const SEVERITY_SWATCH: Record<Theme, Record<Severity | 'none', Swatch>> = {
  light: {
    error: { fill: '#fee2e2', border: '#dc2626' },
    warning: { fill: '#fef3c7', border: '#d97706' },
    info: { fill: '#e0f2fe', border: '#0284c7' },
    none: { fill: '#ffffff', border: '#cbd5e1' },
  },
  dark: {
    error: { fill: '#450a0a', border: '#f87171' },
    warning: { fill: '#451a03', border: '#fbbf24' },
    info: { fill: '#082f49', border: '#38bdf8' },
    none: { fill: '#0f172a', border: '#475569' },
  },
};

export const LIT: Record<Theme, string> = { light: '#c026d3', dark: '#e879f9' };

export const BADGE: Record<Severity, string> = { error: '✖', warning: '▲', info: '●' };
