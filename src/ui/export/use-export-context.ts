import { useMemo } from 'react';
import type { ExportContext } from '../../store/export-options';
import { focusedIds } from '../../store/export-options';
import { useApp } from '../use-app';

/** What the export scopes are taken from, memoised per graph, selection and focus. */
export function useExportContext(): ExportContext | null {
  const graph = useApp((s) => s.graph);
  const analysis = useApp((s) => s.analysis);
  const selectedId = useApp((s) => s.selectedId);
  const focusHops = useApp((s) => s.focusHops);
  return useMemo(
    () => (graph ? { graph, analysis, selectedId, visibleIds: focusedIds(graph, selectedId, focusHops) } : null),
    [graph, analysis, selectedId, focusHops],
  );
}
