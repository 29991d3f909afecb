/**
 * Opening a blueprint: text → JSON → current version → schema → semantic checks.
 * Never throws. Structural errors stop the pipeline (there is no blueprint to use);
 * semantic findings come with the blueprint, which an editor can still open and fix.
 */
import { type Finding, type Locate, sortFindings } from './findings.ts';
import { readJson } from './jsonText.ts';
import { knownPropertyNames } from './jsonSchema.ts';
import { migrateToCurrent } from './migrations/index.ts';
import { Blueprint } from './schema/blueprint.ts';
import { checkSemantics } from './semantic/index.ts';
import { englishMessage } from './wording/findingText.ts';
import { findingsFromIssue } from './zodIssues.ts';

/** Larger files are refused unread: real blueprints are tens of kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type LoadResult =
  | {
      ok: true;
      blueprint: Blueprint;
      /** Semantic errors and warnings; `ok` only says the file could be read. */
      findings: Finding[];
      /** The file's version when it was older and has been migrated. */
      migratedFrom?: number;
    }
  | { ok: false; findings: Finding[] };

const MEGABYTE = 1024 * 1024;

/** The refusal of a file over MAX_FILE_BYTES (counted in characters, or bytes before reading). */
export function tooLargeFinding(size: number): Finding {
  const params = { size: Number((size / MEGABYTE).toFixed(1)), limit: MAX_FILE_BYTES / MEGABYTE };
  return {
    severity: 'error',
    level: 'structural',
    code: 'too-large',
    path: '$',
    message: englishMessage('too-large', params),
    params,
  };
}

function unexpected(thrown: unknown): LoadResult {
  const error = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    ok: false,
    findings: [
      {
        severity: 'error',
        level: 'structural',
        code: 'internal',
        path: '$',
        message: englishMessage('internal', { error }),
        params: { error },
      },
    ],
  };
}

/** Checks an already-parsed JSON value. `locate` adds line numbers when the text is known. */
export function loadBlueprintValue(value: unknown, locate?: Locate): LoadResult {
  try {
    const migrated = migrateToCurrent(value);
    if (!migrated.ok) return migrated;
    // Line numbers only make sense when the file was not rewritten by a migration.
    const where = migrated.migratedFrom === undefined ? locate : undefined;
    const parsed = Blueprint.safeParse(migrated.document, { reportInput: true });
    if (!parsed.success) {
      const names = knownPropertyNames();
      const findings = parsed.error.issues.flatMap((issue) =>
        findingsFromIssue(issue, names, where),
      );
      return { ok: false, findings };
    }
    const blueprint = parsed.data;
    const findings = sortFindings(checkSemantics(blueprint, where));
    return migrated.migratedFrom === undefined
      ? { ok: true, blueprint, findings }
      : { ok: true, blueprint, findings, migratedFrom: migrated.migratedFrom };
  } catch (error) {
    return unexpected(error);
  }
}

/** Checks the text of a blueprint file. */
export function loadBlueprintText(text: string): LoadResult {
  try {
    if (text.length > MAX_FILE_BYTES)
      return { ok: false, findings: [tooLargeFinding(text.length)] };
    const json = readJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!json.ok) return json;
    return loadBlueprintValue(json.document.value, json.document.locate);
  } catch (error) {
    return unexpected(error);
  }
}

/**
 * Writes a blueprint as JSON text: two-space indentation, keys in the schema's order, a
 * final newline. The blueprint goes through the schema first, which rebuilds every object
 * in shape order: a blueprint built up by edits (keys in the order they were added) is
 * written exactly like the same blueprint read from a file, so saving twice gives the
 * same text. Loading the text gives back an equal blueprint.
 */
export function serializeBlueprint(blueprint: Blueprint): string {
  const canonical = Blueprint.safeParse(blueprint);
  return `${JSON.stringify(canonical.success ? canonical.data : blueprint, null, 2)}\n`;
}
