// The hot-library metrics as the table, the toolbar and the legend name them.
import type { HotColumn } from '../../../store/analysis-select';

export interface ColumnInfo {
  id: HotColumn;
  /** Visible header; `rest` completes the accessible name ("Transitive" + " dependents"). */
  short: string;
  rest: string;
  /** What it counts, for a Go engineer. */
  help: string;
  /** The `analysis.available` entry it depends on. */
  needs: string;
}

export const COLUMNS: ColumnInfo[] = [
  { id: 'directDependents', short: 'Direct', rest: ' dependents', help: 'modules whose go.mod requires it', needs: 'hot' },
  { id: 'transitiveDependents', short: 'Transitive', rest: ' dependents', help: 'modules that reach it through requirements', needs: 'hot' },
  { id: 'exclusiveWeight', short: 'Exclusive', rest: ' weight', help: 'modules that would leave the graph with it (only it brings them in)', needs: 'exclusive-weight' },
  { id: 'importingPackages', short: 'Packages', rest: ' importing it', help: 'packages of other modules that import one of its packages', needs: 'import-metrics' },
];

export const columnName = (c: ColumnInfo) => `${c.short}${c.rest}`;
export const columnInfo = (id: HotColumn) => COLUMNS.find((c) => c.id === id)!;
