import { useApp } from '../use-app';

const PHASES = { reading: 'Reading', parsing: 'Parsing and building the graph', analysing: 'Ranking hot libraries and finding redundancies', layout: 'Laying out the graph' } as const;

/** Progress of the load in flight: the phase and what is being loaded. */
export function LoadingBar() {
  const loading = useApp((s) => s.loading);
  if (!loading) return null;
  const names = loading.names.join(', ');
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-0 top-0 z-40">
      <div className="h-0.5 w-full overflow-hidden bg-sky-100 dark:bg-sky-950">
        <div className="h-full w-1/3 animate-[gotopo-slide_1.1s_ease-in-out_infinite] bg-sky-500" />
      </div>
      <p className="mx-auto mt-2 w-fit max-w-[90vw] truncate rounded-full bg-slate-900/90 px-3 py-1 text-xs text-white shadow dark:bg-white/90 dark:text-slate-900">
        {PHASES[loading.phase]}… {names}
      </p>
    </div>
  );
}
