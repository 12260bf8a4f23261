import { useState } from 'react';
import { secondaryButton } from '../common/button';
import { Logo } from '../common/Logo';
import { ExportButton } from '../export/ExportButton';
import { ShareButton } from '../share/ShareButton';
import { useApp } from '../use-app';
import { LoadMoreDialog } from './LoadMoreDialog';
import { GovernanceButtons } from '../governance/GovernanceButtons';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

/** The project's main module, search, more inputs and the theme. */
export function TopBar() {
  const mainPath = useApp((s) => s.derived?.mainPath ?? '');
  const [loadMore, setLoadMore] = useState(false);
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
      <Logo />
      <div className="h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
      <h1 className="min-w-0 max-w-[22rem] truncate font-mono text-sm font-semibold" title={mainPath}>
        {mainPath || 'No main module'}
      </h1>
      <div className="flex flex-1 justify-center">
        <SearchBox />
      </div>
      <ExportButton />
      <ShareButton />
      <button type="button" className={secondaryButton} onClick={() => setLoadMore(true)}>
        Load more…
      </button>
      <GovernanceButtons />
      <ThemeToggle />
      {loadMore && <LoadMoreDialog onClose={() => setLoadMore(false)} />}
    </header>
  );
}
