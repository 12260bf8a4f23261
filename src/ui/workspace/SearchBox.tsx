import { useEffect, useId, useRef, useState } from 'react';
import { actions } from '../../store';
import { useApp } from '../use-app';
import { useSearchResults } from './use-search-results';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Find a module by path: `/` focuses, arrows move, Enter selects, Esc clears. */
export function SearchBox() {
  const query = useApp((s) => s.query);
  const modules = useApp((s) => s.graph?.modules);
  const results = useSearchResults();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (id: number | undefined) => {
    if (id === undefined) return;
    actions.select(id);
    setOpen(false);
  };
  const expanded = open && query.trim() !== '';
  const current = Math.min(active, results.length - 1);

  return (
    <div className="relative w-full max-w-lg">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search modules"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current >= 0 ? `${listId}-${current}` : undefined}
        placeholder="Search modules  ( / )"
        value={query}
        onChange={(e) => {
          actions.setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(results[current]);
          else if (e.key === 'Escape') {
            actions.setQuery('');
            setOpen(false);
          } else return;
          e.preventDefault();
        }}
        className="h-8 w-full rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 dark:border-slate-700 dark:bg-slate-900"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching modules"
        hidden={!expanded}
        className="absolute inset-x-0 top-9 z-30 max-h-80 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {results.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">No module matches “{query}”</li>}
        {modules &&
          results.map((id, i) => (
            <li
              key={id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(id)}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${i === current ? 'bg-sky-50 dark:bg-sky-900/40' : ''}`}
            >
              <span className="truncate font-mono text-[12.5px]">{modules[id].path}</span>
              <span className="shrink-0 font-mono text-[11px] text-slate-500">{modules[id].version}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
