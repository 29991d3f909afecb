/** The canvas says when its heat strips are not measurements of the blueprint on screen. */
import { describe, expect, it } from 'vitest';
import { heatBadgeFor } from '../../../src/app/simulation/heatBadge.ts';
import type { RunRecord } from '../../../src/app/simulation/runStore.ts';
import type { Results } from '../../../src/sim/index.ts';
import { makeBlueprint } from '../blueprints.ts';

const blueprint = makeBlueprint([{ id: 'a', lane: 'customer' }]);
const record = (variant: string, of = blueprint): RunRecord => ({
  serial: 1,
  blueprint: of,
  variant,
  results: {} as Results,
  month: null,
  finishedAt: '2026-01-01T09:00:00Z',
  milliseconds: 1,
});

describe('the heat badge', () => {
  it('says nothing for a fresh run of the blueprint shown, or with the heat off', () => {
    expect(heatBadgeFor(record(''), blueprint, true)).toBeNull();
    expect(heatBadgeFor(record('tellers 4'), blueprint, false)).toBeNull();
    expect(heatBadgeFor(null, blueprint, true)).toBeNull();
  });
  it('says the heat is stale after an edit', () => {
    const edited = makeBlueprint([{ id: 'a', lane: 'backstage' }]);
    expect(heatBadgeFor(record(''), edited, true)).toEqual({ kind: 'stale' });
  });
  it("names a what-if's variant", () => {
    expect(heatBadgeFor(record('tellers 4'), blueprint, true)).toEqual({
      kind: 'whatIf',
      variant: 'tellers 4',
    });
  });
});
