import { actions } from '../../../store';
import type { Finding } from '../../../core/analysis';
import { Command } from '../../common/Command';
import { Backticks } from './Backticks';
import { isCommand } from './kind-info';
import { SeverityIcon } from './SeverityIcon';

/** One finding: severity, message, evidence, caveat and fix; clicking it lights its modules on the graph. */
export function FindingItem({ finding: f, index, ids, lit }: { finding: Finding; index: number; ids: number[]; lit: boolean }) {
  return (
    <li
      aria-label={`${f.kind}: ${f.modules.join(', ')}`}
      className={`rounded-md border px-2.5 py-2 ${lit ? 'border-fuchsia-500 bg-fuchsia-50/60 dark:border-fuchsia-400 dark:bg-fuchsia-950/30' : 'border-slate-200 dark:border-slate-700'}`}
    >
      <div className="flex items-start gap-2">
        <SeverityIcon severity={f.severity} />
        <button
          type="button"
          aria-pressed={lit}
          disabled={ids.length === 0}
          onClick={() => actions.lightFinding(index, ids)}
          title={ids.length ? 'Show its modules on the graph' : 'Not a module of the graph'}
          className="min-w-0 flex-1 text-left text-[13px] leading-snug text-slate-900 hover:underline disabled:no-underline dark:text-slate-100"
        >
          {f.message}
        </button>
      </div>
      {f.evidence.length > 0 && (
        <ul aria-label="Evidence" className="mt-1.5 flex flex-col gap-0.5 border-l-2 border-slate-200 pl-2 dark:border-slate-700">
          {f.evidence.map((e, i) => (
            <li key={i} className="break-words font-mono text-[11.5px] leading-snug text-slate-600 dark:text-slate-300">
              {e}
            </li>
          ))}
        </ul>
      )}
      {f.caveat && (
        <p className="mt-1.5 text-xs text-slate-600 dark:text-slate-300">
          <span className="font-semibold">Caveat:</span> {f.caveat}
        </p>
      )}
      <div className="mt-1.5 text-xs">
        {isCommand(f.fix) ? (
          <div className="flex items-center gap-2">
            <span className="shrink-0 font-semibold text-slate-600 dark:text-slate-300">Fix</span>
            <div className="min-w-0 flex-1">
              <Command command={f.fix} label={`${f.fix} (fixes ${f.modules[0]})`} />
            </div>
          </div>
        ) : (
          <p className="text-slate-600 dark:text-slate-300">
            <span className="font-semibold">Fix:</span> <Backticks text={f.fix} />
          </p>
        )}
      </div>
    </li>
  );
}
