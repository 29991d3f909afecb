import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  loadBlueprintText,
  migrateToCurrent,
} from '../../src/model/index.ts';
import { type Migration, chainGaps } from '../../src/model/migrations/index.ts';
import { v1ToV2 } from '../../src/model/migrations/v1ToV2.ts';

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

describe('version 1 → 2: exits carry an outcome', () => {
  const v1 = {
    format: 'blueprint-lab',
    version: 1,
    steps: [
      { id: 'serve', kind: 'action', exit: false, lane: 'frontstage' },
      { id: 'leave', kind: 'action', exit: true, lane: 'customer' },
      { id: 'walk', kind: 'action', lane: 'customer' },
    ],
    flows: [{ id: 'f', from: 'serve', to: 'leave' }],
  };

  it('writes a version-1 exit as a completed one, in its place, and drops exit: false', () => {
    const lifted = v1ToV2.migrate(v1);
    expect(lifted.steps).toEqual([
      { id: 'serve', kind: 'action', lane: 'frontstage' },
      { id: 'leave', kind: 'action', exit: { outcome: 'completed' }, lane: 'customer' },
      { id: 'walk', kind: 'action', lane: 'customer' },
    ]);
    expect(Object.keys((lifted.steps as object[])[1]!)).toEqual(['id', 'kind', 'exit', 'lane']);
    expect(lifted.flows).toBe(v1.flows);
  });

  it('runs in the chain: a version-1 file opens as the current version, saying it was upgraded', () => {
    const result = migrateToCurrent(v1);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 1,
      document: { version: CURRENT_VERSION },
    });
  });

  it('leaves what it does not understand for the schema check to report', () => {
    const odd = { format: 'blueprint-lab', version: 1, steps: [{ id: 's', exit: 'yes' }, 7] };
    expect(v1ToV2.migrate(odd).steps).toEqual([{ id: 's', exit: 'yes' }, 7]);
    expect(v1ToV2.migrate({ format: 'blueprint-lab', version: 1, steps: 'none' }).steps).toBe(
      'none',
    );
    const loaded = loadBlueprintText(JSON.stringify(odd));
    expect(loaded.ok).toBe(false);
    expect(loaded.findings.map((f) => f.path)).toContain('$.steps[0].exit');
  });

  it('gives the v1 fixture the same exits as before, all completed', () => {
    const result = loadBlueprintText(readFileSync(new URL('v1.json', fixtures), 'utf8'));
    if (!result.ok) throw new Error('v1 fixture does not open');
    expect(result.migratedFrom).toBe(1);
    const exits = result.blueprint.steps.filter((step) => step.exit);
    expect(exits.map((step) => [step.id, step.exit])).toEqual([
      ['leave', { outcome: 'completed' }],
      ['file', { outcome: 'completed' }],
    ]);
  });
});
