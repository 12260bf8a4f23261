import { actions } from '../../store';
import type { HotColumn } from '../../store/analysis-select';
import type { ColourMode } from '../../store/view-slice';
import { COLUMNS, columnName } from '../panel/hot/hot-columns';
import { useApp } from '../use-app';

const COLOURS: { id: ColourMode; label: string }[] = [
  { id: 'role', label: 'Colour: role' },
  { id: 'hotness', label: 'Colour: hotness' },
  { id: 'findings', label: 'Colour: findings' },
];

const select =
  'h-8 cursor-pointer bg-transparent px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-offset-[-2px] dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800';

/** How nodes are coloured and sized: role, hotness (the size metric) or worst finding. */
export function MetricControls() {
  const colourMode = useApp((s) => s.colourMode);
  const sizeMetric = useApp((s) => s.sizeMetric);
  const available = useApp((s) => s.analysis?.available);
  if (!available) return null;
  return (
    <>
      <select aria-label="Colour nodes by" className={select} value={colourMode} onChange={(e) => actions.setColourMode(e.target.value as ColourMode)}>
        {COLOURS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <select aria-label="Size nodes by" className={select} value={sizeMetric} onChange={(e) => actions.setSizeMetric(e.target.value as HotColumn)}>
        {COLUMNS.map((c) => (
          <option key={c.id} value={c.id} disabled={available[c.needs] !== true}>
            Size: {columnName(c).toLowerCase()}
            {available[c.needs] !== true ? ' (needs go list -deps)' : ''}
          </option>
        ))}
      </select>
    </>
  );
}
