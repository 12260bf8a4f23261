/** The promise users need before pasting private module names. */
export function PrivacyNote() {
  return (
    <span className="inline-flex items-center gap-1 font-medium text-emerald-700 dark:text-emerald-400">
      <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" aria-hidden="true" fill="currentColor">
        <path d="M8 1a3 3 0 0 0-3 3v2H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-1V4a3 3 0 0 0-3-3Zm-1.5 5V4a1.5 1.5 0 1 1 3 0v2h-3Z" />
      </svg>
      Nothing leaves your browser.
    </span>
  );
}
