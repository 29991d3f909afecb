/**
 * Missed tickets (过号) as the step inspector edits them: a chance creates them with the
 * format's defaults left out, an empty chance removes them, what follows keeps the chance
 * of coming back where it still means something, and a class's own chance comes and goes.
 */
import { describe, expect, it } from 'vitest';
import {
  STARTING_CALL_TIME,
  switchedThen,
  withClassMissedChance,
  withMissedChance,
  withRecallAfter,
  withReturnChance,
} from '../../../src/app/inspector/missedCallForm.ts';
import { loadBlueprintValue } from '../../../src/model/index.ts';
import { vipBranch } from '../../support/vipBranch.ts';

describe('missed call form', () => {
  it('a chance creates missed tickets the format accepts, and emptying it removes them', () => {
    const created = withMissedChance(undefined, 0.05)!;
    expect(created).toEqual({
      probability: 0.05,
      callTime: STARTING_CALL_TIME,
      then: { action: 'recall' },
    });
    const blueprint = vipBranch();
    blueprint.steps[1]!.missedCall = created;
    const loaded = loadBlueprintValue(blueprint);
    expect(loaded.ok).toBe(true);
    expect(loaded.findings.filter((f) => f.path.includes('missedCall'))).toEqual([]);

    expect(withMissedChance(created, 0.1)).toEqual({ ...created, probability: 0.1 });
    expect(withMissedChance(created, undefined)).toBeUndefined();
  });

  it('keeps the chance of coming back between recall and back, not into gone', () => {
    const recall = { action: 'recall' as const, after: 2, returnProbability: 0.7 };
    expect(switchedThen(recall, 'back')).toEqual({ action: 'back', returnProbability: 0.7 });
    expect(switchedThen(recall, 'gone')).toEqual({ action: 'gone' });
    expect(switchedThen({ action: 'gone' }, 'recall')).toEqual({ action: 'recall' });
    expect(switchedThen(recall, 'recall')).toBe(recall);
  });

  it('leaves the defaults out: back always (100 %), recalled after 3', () => {
    const recall = { action: 'recall' as const, after: 2, returnProbability: 0.7 };
    expect(withReturnChance(recall, 1)).toEqual({ action: 'recall', after: 2 });
    expect(withReturnChance(recall, undefined)).toEqual({ action: 'recall', after: 2 });
    expect(withReturnChance(recall, 0.4)).toEqual({ ...recall, returnProbability: 0.4 });
    expect(withReturnChance({ action: 'gone' }, 0.4)).toEqual({ action: 'gone' });
    expect(withRecallAfter(recall, undefined)).toEqual({
      action: 'recall',
      returnProbability: 0.7,
    });
    expect(withRecallAfter(recall, 0)).toEqual({ ...recall, after: 0 });
    expect(withRecallAfter({ action: 'back' }, 5)).toEqual({ action: 'back' });
  });

  it('sets and clears a class’s own chance', () => {
    const missed = withMissedChance(undefined, 0.05)!;
    const vip = withClassMissedChance(missed, 'vip', 0.01);
    expect(vip.classProbability).toEqual({ vip: 0.01 });
    expect(withClassMissedChance(vip, 'vip', undefined)).toEqual(missed);
  });
});
