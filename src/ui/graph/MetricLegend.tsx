import type { Severity } from '../../core/analysis';
import { columnInfo, columnName } from '../panel/hot/hot-columns';
import { useApp } from '../use-app';
import { BADGE, HOT_STEPS, SEVERITY_SWATCH } from './metric-palette';
import type { Swatch } from './metric-palette';

const SEVERITIES: { id: Severity | 'none'; label: string }[] = [
  { id: 'error', label: 'error' },
  { id: 'warning', label: 'warning' },
  { id: 'info', label: 'info' },
  { id: 'none', label: 'no findings' },
];

const Chip = ({ s }: { s: Swatch }) => <span className="h-3 w-4 rounded-[3px] border-2" style={{ background: s.fill, borderColor: s.border }} />;

/** The legend's node part in the hotness and findings modes (role mode keeps the role legend). */
export function MetricLegend() {
  const theme = useApp((s) => s.theme);
  const mode = useApp((s) => s.colourMode);
  const metric = useApp((s) => s.sizeMetric);
  const name = columnName(columnInfo(metric)).toLowerCase();
  if (mode === 'hotness') {
    return (
      <span className="flex items-center gap-1.5">
        fewer
        <span className="flex">
          {HOT_STEPS[theme].map((s, i) => (
            <Chip key={i} s={s} />
          ))}
        </span>
        more {name}
      </span>
    );
  }
  return (
    <>
      {SEVERITIES.map(({ id, label }) => (
        <span key={id} className="flex items-center gap-1.5">
          <Chip s={SEVERITY_SWATCH[theme][id]} />
          {id !== 'none' && <span aria-hidden="true">{BADGE[id]}</span>}
          {label}
        </span>
      ))}
    </>
  );
}

/** What node size means, and the finding badges outside the findings mode. */
export function SizeLegend() {
  const mode = useApp((s) => s.colourMode);
  const metric = useApp((s) => s.sizeMetric);
  const hasAnalysis = useApp((s) => s.analysis !== null);
  if (!hasAnalysis) return null;
  return (
    <>
      <span className="flex items-center gap-1.5">
        <span aria-hidden="true" className="flex items-end gap-px">
          <span className="h-1.5 w-2 rounded-[2px] border border-current opacity-70" />
          <span className="h-3 w-2 rounded-[2px] border border-current opacity-70" />
        </span>
        height: {columnName(columnInfo(metric)).toLowerCase()}
      </span>
      {mode !== 'findings' && (
        <span className="flex items-center gap-1">
          <span aria-hidden="true">
            {BADGE.error} {BADGE.warning}
          </span>
          error / warning finding
        </span>
      )}
    </>
  );
}
