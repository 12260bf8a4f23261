import { useEffect } from 'react';
import { actions } from '../../store';
import { chooseBackend } from '../graph/backend-probe';
import { warmUpWhenIdle } from '../graph/warm-up';
import { ThemeToggle } from '../workspace/ThemeToggle';
import { CommandList } from './CommandList';
import { ExampleList } from './ExampleList';
import { GovernanceStart } from '../governance/GovernanceStart';
import { FilePicker } from './FilePicker';
import { PasteBox } from './PasteBox';
import { Logo } from '../common/Logo';
import { PrivacyNote } from '../common/PrivacyNote';

const section = 'min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900/60';
const heading = 'mb-3 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400';

/** First screen: what gotopo needs, how to get it, and real examples one click away. */
export function Landing() {
  // While the user picks a file, make the graph's code warm for the load that follows, then measure how to draw big graphs.
  useEffect(() => warmUpWhenIdle(chooseBackend), []);
  return (
    <div className="min-h-full bg-slate-50 dark:bg-slate-950">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-6 pt-5">
        <Logo />
        <ThemeToggle />
      </header>
      <main className="mx-auto max-w-6xl px-6 pb-8">
        <div className="pb-5 pt-5">
          <h1 className="text-[1.75rem] font-semibold tracking-tight">The dependency topology of your Go module</h1>
          <p className="mt-1.5 max-w-3xl text-[15px] text-slate-600 dark:text-slate-300">
            Drop, paste or pick the output of your own Go tools and see every module, who requires it and what it pulls
            in. <PrivacyNote />
          </p>
        </div>
        <div className="grid grid-cols-1 gap-5 md:grid-cols-2 lg:grid-cols-[1.1fr_1fr_0.85fr]">
          <section aria-labelledby="commands-heading" className={section}>
            <h2 id="commands-heading" className={heading}>1 · Run in your module</h2>
            <CommandList />
          </section>
          <section aria-labelledby="load-heading" className={section}>
            <h2 id="load-heading" className={heading}>2 · Load the output</h2>
            <div className="mb-4 flex flex-col items-start gap-2 rounded-lg border-2 border-dashed border-slate-300 px-4 py-3 dark:border-slate-700">
              <p className="text-sm text-slate-600 dark:text-slate-300">Drop files anywhere on this page, in any mix and order, or</p>
              <FilePicker onFiles={(files) => void actions.offerFiles(files)} />
            </div>
            <PasteBox rows={7} onLoad={(text) => actions.offer([{ name: 'pasted text', text }])} />
          </section>
          <section aria-labelledby="examples-heading" className={section}>
            <h2 id="examples-heading" className={heading}>Or explore a real project</h2>
            <ExampleList />
          </section>
        </div>
        <GovernanceStart className={section} headingClass={heading} />
      </main>
    </div>
  );
}
