import { useMemo } from 'react';
import { searchModules } from '../../store/search';
import { useApp } from '../use-app';

/** Module ids matching the current query, best first. */
export function useSearchResults(): number[] {
  const modules = useApp((s) => s.graph?.modules);
  const query = useApp((s) => s.query);
  return useMemo(() => (modules ? searchModules(modules, query) : []), [modules, query]);
}
