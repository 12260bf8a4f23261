import { lazy, Suspense, useState } from 'react';
import { secondaryButton } from '../common/button';

// The dialog (and Mermaid behind it) loads when first opened.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** Top-bar button opening the export dialog. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
