import { describe, expect, it } from 'vitest';
import {
  beyondIntervals,
  changeOf,
  compareScenarios,
  COMPARED_WAIT_POINTS,
} from '../../../src/app/results/comparison.ts';
import { deposit, scenario, withCapacity } from './support.tsx';

describe('changeOf and beyondIntervals', () => {
  it('says better or worse by the figure’s direction, same within half a percent', () => {
    expect(changeOf(14.2, 6.1, 'lower', 'minutes')).toBe('better');
    expect(changeOf(6.1, 14.2, 'lower', 'minutes')).toBe('worse');
    expect(changeOf(300, 320, 'higher', 'customers')).toBe('better');
    expect(changeOf(100, 100.4, 'higher', 'customers')).toBe('same');
    expect(changeOf(0.8, 0.6, 'neither', 'share')).toBe('changed');
    expect(changeOf(null, 3, 'lower', 'minutes')).toBe('missing');
  });

  it('calls a change too small to show the same', () => {
    // 0.13 % and 0.14 % busy both show as 0.1 %.
    expect(changeOf(0.0013, 0.0014, 'neither', 'share')).toBe('same');
    expect(changeOf(0.02, 0.04, 'lower', 'minutes')).toBe('same');
    expect(changeOf(0.02, 0.12, 'lower', 'minutes')).toBe('worse');
  });

  it('calls a change beyond the noise only when the intervals do not overlap', () => {
    expect(beyondIntervals([1, 2], [3, 4])).toBe(true);
    expect(beyondIntervals([3, 4], [1, 2])).toBe(true);
    expect(beyondIntervals([1, 3], [2, 4])).toBe(false);
    expect(beyondIntervals(null, [2, 4])).toBeNull();
  });
});

describe('compareScenarios: 4 tellers against 5', () => {
  const { blueprint } = deposit();
  const four = scenario('a', '4 tellers', blueprint);
  const five = scenario('b', '5 tellers', withCapacity(blueprint, 'tellers', 5));
  const rows = compareScenarios(four, five);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('has the system figures, every pool and the top wait points', () => {
    expect(rows.slice(0, 7).map((r) => r.key)).toEqual([
      'completed',
      'abandoned',
      'timeInSystemMean',
      'timeInSystemP90',
      'waitMean',
      'waitP90',
      'withinTarget',
    ]);
    for (const poolId of Object.keys(four.results.resources)) {
      expect(row(`pool:${poolId}`).metric).toBe('poolUtilization');
    }
    const waits = rows.filter((r) => r.metric === 'stepWait');
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.length).toBeLessThanOrEqual(2 * COMPARED_WAIT_POINTS);
    expect(waits[0]!.subjectId).toBe('c-hand-over');
  });

  it('shows the extra teller cutting the wait, beyond the intervals', () => {
    const wait = row('waitMean');
    expect(wait.left).toBe(four.results.system.wait.mean);
    expect(wait.right).toBe(five.results.system.wait.mean);
    expect(wait.right!).toBeLessThan(wait.left!);
    expect(wait.change).toBe('better');
    expect(wait.beyondCi).toBe(
      wait.leftCi![1] < wait.rightCi![0] || wait.rightCi![1] < wait.leftCi![0],
    );
    expect(row('wait:c-hand-over').change).toBe('better');
    expect(row('abandoned').change).toBe('better');
    // Percentiles have no interval: whether the change is beyond the noise is unknown.
    expect(row('waitP90').beyondCi).toBeNull();
  });

  it('shows utilisation without calling it better or worse', () => {
    const tellers = row('pool:tellers');
    expect(tellers.change).toBe('changed');
    expect(tellers.right!).toBeLessThan(tellers.left!);
  });

  it('marks a pool only one scenario has', () => {
    const fewer = structuredClone(five);
    delete fewer.results.resources['back-office'];
    expect(compareScenarios(four, fewer).find((r) => r.key === 'pool:back-office')).toMatchObject({
      right: null,
      change: 'missing',
      beyondCi: null,
    });
  });
});
