import { useMemo } from 'react';
import { moduleWhy } from '../../../store/analysis-why';
import type { ModuleWhy } from '../../../store/analysis-why';
import { useApp } from '../../use-app';

/** Why module `id` is here, memoised in the store layer per graph and module. */
export function useModuleWhy(id: number): ModuleWhy | null {
  const graph = useApp((s) => s.graph);
  const analysis = useApp((s) => s.analysis);
  return useMemo(() => (graph ? moduleWhy(graph, analysis, id) : null), [graph, analysis, id]);
}
