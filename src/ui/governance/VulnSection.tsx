import { useMemo, useState } from 'react';
import type { VulnLevel } from '../../core/governance';
import { vulnView } from '../../store/governance-select';
import { Command } from '../common/Command';
import { INPUT_COMMANDS } from '../../core/model/advice';
import { Section } from '../panel/Section';
import { useApp } from '../use-app';
import { VulnItem } from './VulnItem';

const LEVELS: { level: VulnLevel; label: string; hint: string }[] = [
  { level: 'called', label: 'called', hint: 'your code reaches the vulnerable symbol' },
  { level: 'imported', label: 'imported', hint: 'a vulnerable package is imported, not called' },
  { level: 'required', label: 'required', hint: 'only the module is required' },
];
const SHOWN = 25;

/** govulncheck's findings per vulnerability: the called / imported / required split, traces and paths. */
export function VulnSection() {
  const graph = useApp((s) => s.graph);
  const view = useMemo(() => vulnView(graph), [graph]);
  const [level, setLevel] = useState<VulnLevel | null>(null);
  const [all, setAll] = useState(false);
  if (!view) {
    return (
      <Section title="Vulnerabilities">
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">No govulncheck output loaded. Run this and drop the file here (Add to current):</p>
        <Command command={INPUT_COMMANDS.govulncheck} />
      </Section>
    );
  }
  const list = view.vulnerabilities.filter((v) => level === null || v.level === level);
  return (
    <Section title="Vulnerabilities" count={view.vulnerabilities.length}>
      <div role="group" aria-label="Vulnerabilities by level" className="mb-2 grid grid-cols-3 gap-1.5">
        {LEVELS.map((l) => (
          <button
            key={l.level}
            type="button"
            aria-pressed={level === l.level}
            title={l.hint}
            onClick={() => setLevel(level === l.level ? null : l.level)}
            className="rounded-md border border-slate-200 px-2 py-1.5 text-left aria-pressed:border-sky-500 aria-pressed:bg-sky-50 dark:border-slate-700 dark:aria-pressed:bg-sky-950"
          >
            <span className="block text-lg font-semibold leading-tight">{view.counts[l.level]}</span>{' '}
            <span className="block text-[11px] text-slate-500 dark:text-slate-400">{l.label}</span>
          </button>
        ))}
      </div>
      <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
        {view.modules} vulnerable module{view.modules === 1 ? '' : 's'} (stdlib included)
        {view.scanLevel && view.scanLevel !== 'symbol' ? `; govulncheck ran at ${view.scanLevel} level, so nothing is known to be called` : ''}.
      </p>
      <ul aria-label="Vulnerabilities" className="flex flex-col gap-2">
        {(all ? list : list.slice(0, SHOWN)).map((v) => <VulnItem key={v.id} v={v} />)}
      </ul>
      {!all && list.length > SHOWN && (
        <button type="button" onClick={() => setAll(true)} className="mt-1 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
          Show all {list.length}
        </button>
      )}
    </Section>
  );
}
