import { CopyButton } from './CopyButton';

/** A shell command in a monospace box with a copy button. */
export function Command({ command, label, wrap = false }: { command: string; label?: string; wrap?: boolean }) {
  return (
    <div className="flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 py-1 pl-3 pr-1 dark:border-slate-700 dark:bg-slate-900">
      <code className={`min-w-0 flex-1 font-mono text-[12.5px] text-slate-800 dark:text-slate-200 ${wrap ? 'whitespace-pre-wrap py-1' : 'overflow-x-auto whitespace-nowrap'}`}>
        {command}
      </code>
      <CopyButton text={command} label={label ?? command} />
    </div>
  );
}
