import { useState } from 'react';
import { governanceActions } from '../../store/governance';
import type { Side } from '../../store/governance';
import type { CompareInput } from '../../store/governance-compare';
import { shareFragment } from '../../store/governance-load';
import { Modal } from '../common/Modal';
import { FilePicker } from '../landing/FilePicker';
import { PasteBox } from '../landing/PasteBox';
import { useExamples } from '../landing/use-examples';
import { ComparisonList } from './ComparisonList';

const SIDES: { side: Side; label: string; hint: string }[] = [
  { side: 'after', label: 'As "after"', hint: 'the loaded graph is the older snapshot' },
  { side: 'before', label: 'As "before"', hint: 'the loaded graph is the newer snapshot' },
];

const chip =
  'rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-500 hover:text-sky-700 dark:border-slate-600 dark:hover:text-sky-300';

/** A second snapshot for the loaded graph (files, paste, a share link or an example), or a built-in pair. */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const [side, setSide] = useState<Side>('after');
  const { examples } = useExamples();
  const compare = (input: CompareInput) => {
    onClose();
    void governanceActions.compareWith(input, side);
  };
  return (
    <Modal title="Compare with another snapshot" onClose={onClose}>
      <fieldset className="mb-4">
        <legend className="mb-1.5 text-sm font-medium">Load the other snapshot</legend>
        <div className="flex gap-4">
          {SIDES.map((s) => (
            <label key={s.side} className="flex items-start gap-2 text-sm">
              <input type="radio" name="compare-side" checked={side === s.side} onChange={() => setSide(s.side)} className="mt-1" />
              <span>
                <span className="font-medium">{s.label}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{s.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mb-4 flex items-center gap-3">
        <FilePicker label="Choose files…" onFiles={(files) => compare({ sources: files.map((file) => ({ name: file.name, file })), label: files.map((f) => f.name).join(', ') })} />
        <span className="text-xs text-slate-500 dark:text-slate-400">go list -m, go mod graph, … of the other snapshot</span>
      </div>
      <PasteBox
        rows={4}
        onLoad={(text) => {
          const link = shareFragment(text);
          compare(link ? { link, label: 'share link' } : { sources: [{ name: 'pasted text', text }], label: 'pasted text' });
        }}
      />
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">A gotopo share link can be pasted here too.</p>
      <h3 className="mb-2 mt-5 text-sm font-medium">Or compare with an example</h3>
      <ul className="flex flex-wrap gap-2">
        {examples.map((ex) => (
          <li key={ex.id}>
            <button
              type="button"
              className={chip}
              aria-label={`Compare with the ${ex.title} example`}
              onClick={() => {
                onClose();
                void governanceActions.compareWithExample(ex, side);
              }}
            >
              {ex.title}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="mb-2 mt-5 text-sm font-medium">Or open a built-in comparison</h3>
      <ComparisonList compact onChosen={onClose} />
    </Modal>
  );
}
