import type { ModuleNode } from '../../core/model/types';

const chip = 'rounded px-1.5 py-0.5 text-[11px] font-medium';
const tone = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  main: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200',
  direct: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  bad: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
} as const;

const GO_MOD = { direct: 'go.mod: direct', indirect: 'go.mod: // indirect', absent: 'not in go.mod' } as const;

/** Flags of a module as chips: what it is, and what needs attention. */
export function ModuleFlags({ module: m }: { module: ModuleNode }) {
  const flags: { label: string; tone: keyof typeof tone; title?: string }[] = [];
  if (m.main) flags.push({ label: 'main module', tone: 'main' });
  if (m.goMod) flags.push({ label: GO_MOD[m.goMod], tone: m.goMod === 'direct' ? 'direct' : 'neutral' });
  if (m.deprecated) flags.push({ label: 'deprecated', tone: 'warn', title: m.deprecated });
  if (m.update) flags.push({ label: `update: ${m.update.version}`, tone: 'warn' });
  if (m.retracted?.length) flags.push({ label: 'retracted', tone: 'bad', title: m.retracted.join('; ') });
  if (m.error) flags.push({ label: 'error', tone: 'bad', title: m.error });
  if (m.needed === false) flags.push({ label: 'not needed (go mod why)', tone: 'warn' });
  if (m.goVersion) flags.push({ label: `go ${m.goVersion}`, tone: 'neutral' });
  if (flags.length === 0) return null;
  return (
    <ul aria-label="Flags" className="flex flex-wrap gap-1.5">
      {flags.map((f) => (
        <li key={f.label} className={`${chip} ${tone[f.tone]}`} title={f.title}>
          {f.label}
        </li>
      ))}
    </ul>
  );
}
