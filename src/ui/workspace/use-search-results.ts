import { useEffect, useMemo, useState } from 'react';
import { searchModules } from '../../store/search';
import { useApp } from '../use-app';

// Typing in a 10,000-module graph should not scan it on every key.
const DEBOUNCE_MS = 120;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Module ids matching the current query (debounced), best first. */
export function useSearchResults(): number[] {
  const modules = useApp((s) => s.graph?.modules);
  const query = useDebounced(useApp((s) => s.query), DEBOUNCE_MS);
  return useMemo(() => (modules ? searchModules(modules, query) : []), [modules, query]);
}
