import type { Finding } from '../../core/analysis';
import { Command } from '../common/Command';

const BADGE = {
  error: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
} as const;

/** One finding: severity in words, the message, the evidence and the fix. */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <p className="text-sm">
        <span className={`mr-1.5 rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${BADGE[finding.severity]}`}>{finding.severity}</span>
        <span className="break-words">{finding.message}</span>
      </p>
      {finding.evidence.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-xs text-slate-600 dark:text-slate-400">
          {finding.evidence.map((e, i) => <li key={i} className="break-words">{e}</li>)}
        </ul>
      )}
      <div className="mt-1.5">
        <Command command={finding.fix} label={`the fix for ${finding.modules[0] ?? 'this finding'}`} />
      </div>
    </li>
  );
}
