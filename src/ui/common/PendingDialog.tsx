import { actions } from '../../store';
import { useApp } from '../use-app';
import { primaryButton, secondaryButton } from './button';
import { Modal } from './Modal';

/** Files given while a graph is shown: add them to it, or start over. */
export function PendingDialog() {
  const pending = useApp((s) => s.pending);
  if (!pending) return null;
  return (
    <Modal title="Load into the current graph?" onClose={() => actions.resolvePending(null)}>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {pending.map((s) => s.name).join(', ')}: add to the inputs already loaded (they are parsed together), or
        replace them?
      </p>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className={secondaryButton} onClick={() => actions.resolvePending('replace')}>
          Replace
        </button>
        <button type="button" className={primaryButton} onClick={() => actions.resolvePending('add')} autoFocus>
          Add to current
        </button>
      </div>
    </Modal>
  );
}
