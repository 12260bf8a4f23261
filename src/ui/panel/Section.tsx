import type { ReactNode } from 'react';

/** A titled block of the side panel. */
export function Section({ title, children, count, level = 2 }: { title: string; children: ReactNode; count?: number; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="mb-5">
      <Heading className="mb-2 flex items-baseline gap-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {title}
        {count !== undefined && <span className="font-normal normal-case tracking-normal">({count})</span>}
      </Heading>
      {children}
    </section>
  );
}
