/**
 * What autosave keeps in IndexedDB and what start-up does with it. Pure, so the rules
 * are tested without a browser: the record is checked field by field on the way back,
 * because anything stored by an older build (or by hand in devtools) may be there.
 */
import { loadBlueprintText, serializeBlueprint } from '../../model/index.ts';
import type { DocumentOrigin, OpenDocument } from '../store/blueprintStore.ts';

export const AUTOSAVE_RECORD_VERSION = 1;

export interface AutosaveRecord {
  recordVersion: typeof AUTOSAVE_RECORD_VERSION;
  /** The blueprint as `serializeBlueprint` writes it: the same text a save would write. */
  text: string;
  origin: DocumentOrigin;
  /** ISO time of the change that was saved. */
  savedAt: string;
  /** True when the work had not been saved to a file (or was never opened from one). */
  unsaved: boolean;
}

/** The record for the open document, or null when there is no blueprint to keep. */
export function encodeAutosave(
  document: OpenDocument | null,
  unsaved: boolean,
  now: Date,
): AutosaveRecord | null {
  if (!document?.blueprint) return null;
  return {
    recordVersion: AUTOSAVE_RECORD_VERSION,
    text: serializeBlueprint(document.blueprint),
    origin: document.origin,
    savedAt: now.toISOString(),
    unsaved,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeOrigin(value: unknown): DocumentOrigin | null {
  if (!isObject(value)) return null;
  switch (value.kind) {
    case 'example':
      return typeof value.exampleId === 'string'
        ? { kind: 'example', exampleId: value.exampleId }
        : null;
    case 'file':
      return typeof value.name === 'string' ? { kind: 'file', name: value.name } : null;
    case 'new':
      return { kind: 'new' };
    case 'recovered':
      return { kind: 'recovered' };
    default:
      return null;
  }
}

/** The record, or null when the value is not one this build wrote. */
export function decodeAutosave(value: unknown): AutosaveRecord | null {
  if (!isObject(value) || value.recordVersion !== AUTOSAVE_RECORD_VERSION) return null;
  const origin = decodeOrigin(value.origin);
  const { text, savedAt, unsaved } = value;
  if (origin === null || typeof text !== 'string' || typeof unsaved !== 'boolean') return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  return { recordVersion: AUTOSAVE_RECORD_VERSION, text, origin, savedAt, unsaved };
}

export type RecoveryPlan =
  /** Nothing to restore; `forget` when the stored value is useless and should go. */
  | { kind: 'keep-current'; forget: boolean }
  | {
      kind: 'recover';
      document: OpenDocument;
      unsaved: boolean;
      savedAt: string;
      /** What the stored work was opened as: an example, a file, a new blueprint… */
      from: DocumentOrigin;
    };

/** True when the stored work is not the example the address asks for (so it must not replace it). */
export function isOtherThan(from: DocumentOrigin, exampleId: string): boolean {
  return from.kind !== 'example' || from.exampleId !== exampleId;
}

/**
 * Decides what start-up does with a stored value (`undefined`: nothing stored). An
 * untouched example is not "recovered": the address (?example=) reopens it anyway, and a
 * fresh visit must show the default example. Work identical to what is open is left alone.
 */
export function planRecovery(stored: unknown, current: OpenDocument | null): RecoveryPlan {
  if (stored === undefined) return { kind: 'keep-current', forget: false };
  const record = decodeAutosave(stored);
  if (!record) return { kind: 'keep-current', forget: true };
  if (record.origin.kind === 'example' && !record.unsaved) {
    return { kind: 'keep-current', forget: false };
  }
  if (current?.blueprint && serializeBlueprint(current.blueprint) === record.text) {
    return { kind: 'keep-current', forget: false };
  }
  const result = loadBlueprintText(record.text);
  if (!result.ok) return { kind: 'keep-current', forget: true };
  return {
    kind: 'recover',
    document: {
      origin: { kind: 'recovered' },
      blueprint: result.blueprint,
      findings: result.findings,
      fileName: `${result.blueprint.id}.json`,
    },
    unsaved: record.unsaved,
    savedAt: record.savedAt,
    from: record.origin,
  };
}
