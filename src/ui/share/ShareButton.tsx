import { lazy, Suspense, useState } from 'react';
import { secondaryButton } from '../common/button';

// The dialog and the link codec load when first opened.
const ShareDialog = lazy(() => import('./ShareDialog'));

/** Top-bar button opening the share dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
