import { useId, useState } from 'react';
import { primaryButton } from '../common/button';

/** A textarea for pasted Go tool output, loaded on demand. */
export function PasteBox({ onLoad, rows = 6 }: { onLoad: (text: string) => void; rows?: number }) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onLoad(text);
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Paste Go tool output
      </label>
      <textarea
        id={id}
        rows={rows}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        placeholder={'github.com/you/app github.com/pkg/errors@v0.9.1\n...or the JSON of go list -m -json all'}
        className="w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-800 placeholder:text-slate-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      />
      <div>
        <button type="submit" className={primaryButton} disabled={!text.trim()}>
          Load pasted text
        </button>
      </div>
    </form>
  );
}
