import { useRef } from 'react';
import { secondaryButton } from '../common/button';

/** A button that opens the file chooser for one or more Go tool outputs. */
export function FilePicker({ onFiles, label = 'Choose files…' }: { onFiles: (files: File[]) => void; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Go tool output files"
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </>
  );
}
