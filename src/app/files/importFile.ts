/**
 * Opening a file chosen or dropped by the user. The file is checked completely before
 * anything changes: a file that cannot be used leaves the open blueprint as it was and
 * says why, finding by finding with its JSON path.
 */
import {
  type Finding,
  type LoadResult,
  MAX_FILE_BYTES,
  englishMessage,
  loadBlueprintText,
  tooLargeFinding,
} from '../../model/index.ts';
import type { OpenDocument } from '../store/blueprintStore.ts';

export type ImportOutcome =
  /** Readable: open it. Its findings (semantic errors, warnings) go to the problems panel. */
  | { kind: 'open'; document: OpenDocument }
  /** Not a blueprint: show why (in the UI language), change nothing. */
  | { kind: 'refused'; fileName: string; findings: readonly Finding[] };

export function importOutcome(result: LoadResult, fileName: string): ImportOutcome {
  if (result.ok) {
    return {
      kind: 'open',
      document: {
        origin: { kind: 'file', name: fileName },
        blueprint: result.blueprint,
        findings: result.findings,
        fileName,
      },
    };
  }
  return { kind: 'refused', fileName, findings: result.findings };
}

function refused(fileName: string, finding: Finding): ImportOutcome {
  return importOutcome({ ok: false, findings: [finding] }, fileName);
}

/** The size is checked before reading, so a huge file is never loaded into memory. */
export function tooLargeOutcome(fileName: string, bytes: number): ImportOutcome {
  return refused(fileName, tooLargeFinding(bytes));
}

/**
 * Reads and checks a file; never throws. `load` does the reading and checking: the app
 * passes one that works in a worker (loadOffThread.ts).
 */
export async function importFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  load: (text: string) => Promise<LoadResult> = (text) => Promise.resolve(loadBlueprintText(text)),
): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) return tooLargeOutcome(file.name, file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const params = { error: reason };
    return refused(file.name, {
      severity: 'error',
      level: 'structural',
      path: '$',
      code: 'unreadable-file',
      params,
      message: englishMessage('unreadable-file', params),
    });
  }
  return importOutcome(await load(text), file.name);
}
