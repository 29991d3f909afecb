/**
 * Files written by any earlier version keep opening: each migration lifts a document
 * from version n to n + 1, and they run in a chain up to the current version. They work
 * on plain JSON before schema validation, since an old file does not fit the new schema.
 *
 * To change the format: raise CURRENT_VERSION in schema/blueprint.ts, add the migration
 * from the previous version here, and add test/fixtures/versions/v<N>.json, a file as
 * the previous version wrote it. The tests check the chain has no gaps and that every
 * fixture opens.
 */
import { CURRENT_VERSION, FORMAT_NAME } from '../schema/blueprint.ts';
import type { Finding } from '../findings.ts';
import { type FindingParams, englishMessage } from '../wording/findingText.ts';
import type { FindingCode } from '../wording/findingsEn.ts';
import { v1ToV2 } from './v1ToV2.ts';
import { v2ToV3 } from './v2ToV3.ts';
import { v3ToV4 } from './v3ToV4.ts';

export type JsonObject = Record<string, unknown>;

/** A step of the chain: takes a version-`from` document, returns a version-`from + 1` one. */
export interface Migration {
  from: number;
  /** What changed, for the changelog in docs/blueprint-format.md. */
  summary: string;
  migrate(document: JsonObject): JsonObject;
}

/** In order of `from`; one from each version below CURRENT_VERSION. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4];

export type MigrationResult =
  { ok: true; document: JsonObject; migratedFrom?: number } | { ok: false; findings: Finding[] };

function refuse(code: FindingCode, path: string, params?: FindingParams): MigrationResult {
  const message = englishMessage(code, params);
  return {
    ok: false,
    findings: [
      { severity: 'error', level: 'structural', code, path, message, ...(params && { params }) },
    ],
  };
}

/** Checks the chain: one migration from each version below `current`, none beyond. */
export function chainGaps(migrations: readonly Migration[], current: number): number[] {
  const missing: number[] = [];
  for (let version = 1; version < current; version++) {
    if (migrations.filter((m) => m.from === version).length !== 1) missing.push(version);
  }
  return missing;
}

/**
 * Brings a parsed file up to the current version, or says why it cannot. `migrations`
 * and `current` are parameters so that tests can exercise a longer chain.
 */
export function migrateToCurrent(
  value: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('not-an-object', '$');
  }
  const document = value as JsonObject;
  if (document.format !== FORMAT_NAME) {
    return refuse(
      'wrong-format',
      '$.format',
      document.format === undefined
        ? { variant: 'missing', expected: FORMAT_NAME }
        : { variant: 'wrong', expected: FORMAT_NAME, format: JSON.stringify(document.format) },
    );
  }
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('bad-version', '$.version');
  }
  if (version > current) {
    return refuse('newer-version', '$.version', { version, current });
  }
  let migrated = document;
  for (let at = version; at < current; at++) {
    const step = migrations.find((m) => m.from === at);
    if (!step) return refuse('no-migration', '$.version', { version: at });
    migrated = { ...step.migrate(migrated), version: at + 1 };
  }
  return version === current
    ? { ok: true, document: migrated }
    : { ok: true, document: migrated, migratedFrom: version };
}
