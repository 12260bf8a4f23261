import { useMemo } from 'react';
import { hotTable } from '../../../store/analysis-select';
import type { HotTable } from '../../../store/analysis-select';
import { useApp } from '../../use-app';

/** The hot-library table in the store's current order and filter. */
export function useHotTable(): HotTable | null {
  const graph = useApp((s) => s.graph);
  const analysis = useApp((s) => s.analysis);
  const column = useApp((s) => s.hotSort);
  const direction = useApp((s) => s.hotDirection);
  const filter = useApp((s) => s.hotFilter);
  return useMemo(
    () => (graph && analysis ? hotTable(graph, analysis, column, direction, filter) : null),
    [graph, analysis, column, direction, filter],
  );
}

/** Why a metric is absent (what to add), or null when it ran. */
export function useMissingReason(needs: string): string | null {
  return useApp((s) => {
    const a = s.analysis?.available[needs];
    return typeof a === 'string' ? a : a === false ? 'not available for this input' : null;
  });
}
