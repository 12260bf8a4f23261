import { INPUT_COMMANDS, ONE_LINER } from '../../core/model/advice';
import { Command } from '../common/Command';

const INPUTS: { command: string; label: string; gives: string }[] = [
  { command: INPUT_COMMANDS['go-list-m'], label: 'go list -m', gives: 'modules, selected versions, replacements (add -u for updates)' },
  { command: INPUT_COMMANDS['go-mod-graph'], label: 'go mod graph', gives: 'requirement edges between module versions' },
  { command: INPUT_COMMANDS['go-list-deps'], label: 'go list -deps', gives: 'packages and imports: what is really compiled in' },
  { command: INPUT_COMMANDS['go-mod-why'], label: 'go mod why', gives: "Go's own answer to why each module is needed" },
];

/** The Go commands that produce each input, with copy buttons. */
export function CommandList() {
  return (
    <div className="flex flex-col gap-3">
      <div>
        <p className="mb-1.5 text-sm text-slate-600 dark:text-slate-300">
          All at once, into one file you can drop here:
        </p>
        <Command command={ONE_LINER} label="the one-liner" wrap />
      </div>
      <ul className="flex flex-col gap-2.5">
        {INPUTS.map((i) => (
          <li key={i.command}>
            <Command command={i.command} label={i.label} />
            <p className="mt-0.5 pl-1 text-xs text-slate-500 dark:text-slate-400">{i.gives}</p>
          </li>
        ))}
      </ul>
      <p className="text-xs leading-relaxed text-slate-500 dark:text-slate-400">
        <strong className="font-semibold text-slate-700 dark:text-slate-200">Why -e?</strong> Without it, one module
        that fails to load makes <code className="font-mono">go list</code> print an error and nothing else. With{' '}
        <code className="font-mono">-e</code> the bad module is reported in its <code className="font-mono">Error</code>{' '}
        field and the rest of the graph is still printed.
      </p>
    </div>
  );
}
