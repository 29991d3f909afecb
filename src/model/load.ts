/**
 * Opening a blueprint: text → JSON → current version → schema → semantic checks.
 * Never throws. Structural errors stop the pipeline (there is no blueprint to use);
 * semantic findings come with the blueprint, which an editor can still open and fix.
 */
import { type Finding, type Locate, sortFindings } from './findings.ts';
import { readJson } from './jsonText.ts';
import { knownPropertyNames } from './jsonSchema.ts';
import { MIGRATIONS, type Migration, migrateToCurrent } from './migrations/index.ts';
import { Blueprint, CURRENT_VERSION, FORMAT_NAME } from './schema/blueprint.ts';
import { checkSemantics } from './semantic/index.ts';
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
        message: `could not be checked (${error}); please report this file`,
        params: { error },
      },
    ],
  };
}

/**
 * Adds to the format and version findings of the migration stage the params their
 * messages were built from (the stage words its messages without them), so that the
 * app can translate them. `migrations` and `current` as given to migrateToCurrent.
 */
export function withMigrationParams(
  findings: readonly Finding[],
  value: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): Finding[] {
  const document = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const version = Number(document.version);
  return findings.map((finding): Finding => {
    switch (finding.code) {
      case 'wrong-format':
        return {
          ...finding,
          params:
            document.format === undefined
              ? { variant: 'missing', expected: FORMAT_NAME }
              : {
                  variant: 'wrong',
                  expected: FORMAT_NAME,
                  format: JSON.stringify(document.format),
                },
        };
      case 'newer-version':
        return { ...finding, params: { version, current } };
      case 'no-migration': {
        // The first version the chain cannot lift, as migrateToCurrent finds it.
        let at = version;
        while (at < current && migrations.some((m) => m.from === at)) at++;
        return { ...finding, params: { version: at } };
      }
      default:
        return finding;
    }
  });
}

/** Checks an already-parsed JSON value. `locate` adds line numbers when the text is known. */
export function loadBlueprintValue(value: unknown, locate?: Locate): LoadResult {
  try {
    const migrated = migrateToCurrent(value);
    if (!migrated.ok) return { ok: false, findings: withMigrationParams(migrated.findings, value) };
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
    if (text.length > MAX_FILE_BYTES) {
      return {
        ok: false,
        findings: [
          {
            severity: 'error',
            level: 'structural',
            code: 'too-large',
            path: '$',
            message: `the file is ${(text.length / 1048576).toFixed(1)} MB; blueprints are limited to ${MAX_FILE_BYTES / 1048576} MB`,
            params: {
              size: Number((text.length / 1048576).toFixed(1)),
              limit: MAX_FILE_BYTES / 1048576,
            },
          },
        ],
      };
    }
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
