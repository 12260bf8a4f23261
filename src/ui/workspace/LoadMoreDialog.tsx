import { useState } from 'react';
import { actions } from '../../store';
import type { LoadMode } from '../../store';
import { Modal } from '../common/Modal';
import { ExampleList } from '../landing/ExampleList';
import { FilePicker } from '../landing/FilePicker';
import { PasteBox } from '../landing/PasteBox';

const MODES: { mode: LoadMode; label: string; hint: string }[] = [
  { mode: 'add', label: 'Add to current', hint: 'parsed together with the inputs already loaded' },
  { mode: 'replace', label: 'Replace', hint: 'start over with only the new inputs' },
];

/** More inputs for the loaded graph: added to it or replacing it, as the user chooses. */
export function LoadMoreDialog({ onClose }: { onClose: () => void }) {
  const [mode, setMode] = useState<LoadMode>('add');
  const load = (sources: { name: string; text: string }[]) => {
    onClose();
    void actions.load(sources, mode);
  };
  return (
    <Modal title="Load more inputs" onClose={onClose}>
      <fieldset className="mb-4">
        <legend className="mb-1.5 text-sm font-medium">New inputs</legend>
        <div className="flex gap-4">
          {MODES.map((m) => (
            <label key={m.mode} className="flex items-start gap-2 text-sm">
              <input type="radio" name="load-mode" checked={mode === m.mode} onChange={() => setMode(m.mode)} className="mt-1" />
              <span>
                <span className="font-medium">{m.label}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{m.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mb-4 flex items-center gap-3">
        <FilePicker
          label="Choose files…"
          onFiles={async (files) => load(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))))}
        />
        <span className="text-xs text-slate-500 dark:text-slate-400">or drop them anywhere on the page</span>
      </div>
      <PasteBox rows={5} onLoad={(text) => load([{ name: 'pasted text', text }])} />
      <h3 className="mb-2 mt-5 text-sm font-medium">Or replace with an example</h3>
      <ExampleList compact onChosen={onClose} />
    </Modal>
  );
}
