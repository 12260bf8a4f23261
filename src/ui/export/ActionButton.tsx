import { useState } from 'react';
import type { ReactNode } from 'react';
import { secondaryButton } from '../common/button';

/** A button whose label says "Copied" for a moment after a successful copy. */
export function CopyTextButton({ text, children, label }: { text: () => string; children: ReactNode; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className={secondaryButton} onClick={copy} aria-label={label}>
      {copied ? 'Copied' : children}
    </button>
  );
}
