import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  loadBlueprintText,
  migrateToCurrent,
} from '../../src/model/index.ts';
import { type Migration, chainGaps } from '../../src/model/migrations/index.ts';

const fixtures = new URL('../fixtures/versions/', import.meta.url);

describe('every format version keeps opening', () => {
  const files = readdirSync(fixtures).filter((name) => /^v\d+\.json$/.test(name));

  it('has a fixture for every version from 1 to the current one', () => {
    const versions = files.map((name) => Number(name.slice(1, -5))).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  it('has exactly one migration from each older version', () => {
    expect(chainGaps(MIGRATIONS, CURRENT_VERSION)).toEqual([]);
    expect(MIGRATIONS.every((m) => m.from >= 1 && m.from < CURRENT_VERSION)).toBe(true);
  });

  it.each(files)('%s opens without problems', (name) => {
    const result = loadBlueprintText(readFileSync(new URL(name, fixtures), 'utf8'));
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.blueprint.version).toBe(CURRENT_VERSION);
  });
});

describe('the migration chain', () => {
  // A made-up history, v1 → v2 renames "perHour" to "ratePerHour", v2 → v3 adds a
  // default "lanes": it exercises the machinery the real chain will use.
  const chain: Migration[] = [
    {
      from: 2,
      summary: 'lanes become explicit',
      migrate: (document) => ({ ...document, lanes: document.lanes ?? {} }),
    },
    {
      from: 1,
      summary: 'rate renamed',
      migrate: ({ perHour, ...rest }) => ({ ...rest, ratePerHour: perHour }),
    },
  ];

  it('runs every step in order and records where the file came from', () => {
    const result = migrateToCurrent({ format: 'blueprint-lab', version: 1, perHour: 5 }, chain, 3);
    expect(result).toEqual({
      ok: true,
      document: { format: 'blueprint-lab', version: 3, ratePerHour: 5, lanes: {} },
      migratedFrom: 1,
    });
  });

  it('starts at the file version', () => {
    const result = migrateToCurrent(
      { format: 'blueprint-lab', version: 2, lanes: { customer: {} } },
      chain,
      3,
    );
    expect(result.ok && result.document).toEqual({
      format: 'blueprint-lab',
      version: 3,
      lanes: { customer: {} },
    });
  });

  it('leaves current files alone', () => {
    const document = { format: 'blueprint-lab', version: 3 };
    expect(migrateToCurrent(document, chain, 3)).toEqual({ ok: true, document });
  });

  it('finds gaps in a chain', () => {
    expect(chainGaps(chain, 3)).toEqual([]);
    expect(chainGaps(chain, 5)).toEqual([3, 4]);
    expect(chainGaps([...chain, chain[0]!], 3)).toEqual([2]);
  });

  it('refuses a version with no migration, and a newer version', () => {
    expect(migrateToCurrent({ format: 'blueprint-lab', version: 3 }, chain, 4)).toMatchObject({
      ok: false,
      findings: [{ code: 'no-migration', path: '$.version' }],
    });
    expect(migrateToCurrent({ format: 'blueprint-lab', version: 5 }, chain, 4)).toMatchObject({
      ok: false,
      findings: [{ code: 'newer-version' }],
    });
  });
});
