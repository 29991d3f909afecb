/**
 * Saving: the browser's "Save as" dialog where there is one (File System Access API,
 * Chromium), else a download named after the blueprint (fileNames.ts).
 */
import { type Blueprint, serializeBlueprint } from '../../model/index.ts';
import { fileNameFor } from './fileNames.ts';

/** The part of the File System Access API used here; not yet in TypeScript's DOM types. */
interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{
    createWritable: () => Promise<{
      write: (data: Blob) => Promise<void>;
      close: () => Promise<void>;
    }>;
  }>;
}

export type SaveResult = 'saved' | 'cancelled';

/** Starts a download of the blob under this name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  // The download has started by the next tick; the URL is then no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function saveBlueprintFile(
  blueprint: Blueprint,
  language: string,
): Promise<SaveResult> {
  const blob = new Blob([serializeBlueprint(blueprint)], { type: 'application/json' });
  const fileName = fileNameFor(blueprint, 'json', language);
  const picker = (window as SaveFilePickerWindow).showSaveFilePicker;
  if (typeof picker === 'function') {
    try {
      const handle = await picker.call(window, {
        suggestedName: fileName,
        types: [{ description: 'Blueprint (JSON)', accept: { 'application/json': ['.json'] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return 'saved';
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
      // Blocked (e.g. in a frame or by policy): a download still saves the work.
    }
  }
  downloadBlob(blob, fileName);
  return 'saved';
}
