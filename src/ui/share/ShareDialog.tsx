import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../../store';
import { hotRanking } from '../../store/export-tables';
import { persistStatus } from '../../store/history-browser';
import { SHARE_LINK_WARN_CHARS, buildShareLink, shareScopes } from '../../store/share-link';
import type { ShareScope } from '../../store/share-link';
import { viewToShare } from '../../store/share-view';
import { secondaryButton } from '../common/button';
import { Modal } from '../common/Modal';
import { CopyTextButton } from '../export/ActionButton';
import { formatCount } from '../../core/format-count';

const n = formatCount;

/** A link whose fragment carries the graph and the view: nothing is uploaded anywhere. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  // Read once: the modal keeps the view from changing while it is open.
  const [state] = useState(() => appStore.getState());
  const note = useStore(persistStatus, (s) => s.note);
  const [scope, setScope] = useState<ShareScope | null>(null);
  const graph = state.graph!;
  const view = useMemo(() => viewToShare(state), [state]);
  const link = useMemo(() => buildShareLink(location, graph, view, scope?.scope), [graph, view, scope]);
  const scopes = useMemo(() => shareScopes(graph, state.selectedId, state.analysis ? hotRanking(graph, state.analysis) : []), [graph, state]);
  return (
    <Modal title="Share" onClose={onClose}>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        The link carries the {scope ? 'chosen part of the' : 'whole'} topology and what you are looking at (selection, colours, panel, direction) after the <code>#</code>, which browsers never send to a server.
      </p>
      <label className="mt-3 block text-xs font-medium text-slate-600 dark:text-slate-300">
        Share link
        <input readOnly value={link.url} onFocus={(e) => e.target.select()} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800" />
      </label>
      <div className="mt-2 flex items-center justify-between gap-3">
        <p className="text-sm">
          <span className="font-medium">{n(link.chars)} characters</span>
          <span className="text-slate-500"> · {scope ? scope.label : 'whole graph'}, {n(link.modules)} modules</span>
        </p>
        <CopyTextButton text={() => link.url}>Copy link</CopyTextButton>
      </div>
      {link.tooLong && (
        <div role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>
            Over {n(SHARE_LINK_WARN_CHARS)} characters: chat apps and issue trackers often cut links this long.
            {scopes.length > 0 ? ' Share a smaller part instead:' : ' Select a module to share its neighbourhood instead.'}
          </p>
        </div>
      )}
      {(link.tooLong || scope) && scopes.length > 0 && (
        <ul aria-label="Smaller parts to share" className="mt-2 flex flex-wrap gap-2">
          {scope && (
            <li>
              <button type="button" className={secondaryButton} onClick={() => setScope(null)}>
                the whole graph
              </button>
            </li>
          )}
          {scopes.map((s) => (
            <li key={s.label}>
              <button type="button" className={secondaryButton} aria-pressed={scope?.label === s.label} onClick={() => setScope(s)}>
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {note && <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">{note}</p>}
    </Modal>
  );
}
