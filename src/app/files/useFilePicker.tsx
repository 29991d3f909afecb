/**
 * Choosing a file with the browser's picker, opened by a button of the caller's: a hidden
 * <input type="file"> (out of the tab order: the button is what the keyboard reaches),
 * emptied after each choice so that choosing the same file again still fires a change.
 * Open in the header and the Calibrate dialog's log and map use it.
 */
import { type ReactElement, useRef } from 'react';

export interface FilePicker {
  /** Opens the browser's file picker. */
  open: () => void;
  /** The hidden input: render it once, anywhere near the button. */
  input: ReactElement;
}

export function useFilePicker({
  accept,
  onFile,
  testId,
}: {
  /** The input's accept list: extensions and MIME types. */
  accept: string;
  onFile: (file: File) => void;
  /** For the browser tests, which set the input's files directly. */
  testId: string;
}): FilePicker {
  const ref = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
  return { open: () => ref.current?.click(), input };
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer?.types.includes('Files') ?? false;
}
