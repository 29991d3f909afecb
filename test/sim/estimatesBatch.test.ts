/**
 * A step done as one batch a day in the instant estimates (batchEstimate.ts): the pile is
 * worked from the batch's time by the units then, not spread over the day.
 *
 * Worked by hand: customers arrive at λ = 0.5 a minute from 09:00 to 17:00 and each
 * leaves an item of d = 1 min at a batch at 16:00; the clerks are 1, and 2 from 16:00 to
 * 18:30. The pile at 16:00 is 0.5·420 = 210 items (210 unit-min); till 17:00 items come at
 * 0.5 a minute behind it while 2 units work, so 210 + 30 − 120 = 120 unit-min are left at
 * 17:00, done by 2 units at 18:00. An item x unit-min into the pile waits x/2 (mean
 * 52.5 min); one left at 16:00 + u waits (210 − 1.5u)/2 (mean 82.5 over u in 0–60), so
 * items wait (210·52.5 + 30·82.5)/240 = 56.25 min on average. The clerks' hours are
 * 09:00–18:30 (the late shift): 420 + 2·150 = 720 unit-min, of which the 240 of work make
 * 1/3; spread over opening hours as per customer the estimate said 240/540 = 0.44.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { pools } from '../support/estimates.ts';

function filingDay(run: Blueprint['run'], service: 'fixed' | 'exponential' = 'fixed'): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'filing',
    name: 'Filing',
    steps: [
      { id: 'visit', kind: 'action', lane: 'customer', label: 'Visit' },
      {
        id: 'file',
        kind: 'action',
        lane: 'backstage',
        label: { en: 'File', 'zh-CN': '归档' },
        duration:
          service === 'fixed' ? { type: 'fixed', value: 1 } : { type: 'exponential', mean: 1 },
        resource: { pool: 'clerks' },
        batch: { at: '16:00' },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [{ id: 'f', from: 'visit', to: 'file' }],
    resources: [
      {
        id: 'clerks',
        kind: 'staff',
        label: 'Clerks',
        capacity: 1,
        schedule: [{ from: '16:00', to: '18:30', capacity: 2 }],
      },
    ],
    arrivals: { type: 'poisson', entry: 'visit', perHour: 30 },
    run,
  };
}

const day: Blueprint['run'] = {
  mode: 'day',
  open: '09:00',
  close: '17:00',
  replications: 30,
  seed: 7,
};

describe('a batch step in the estimates', () => {
  it('works the pile from the batch time: items, done-at, wait and utilisation by hand', () => {
    const [clerks] = pools(estimatePools(filingDay(day)));
    const [batch] = clerks!.batches;
    expect(batch).toMatchObject({ step: 'file', at: 960 });
    expect(batch!.items).toBeCloseTo(240, 8);
    expect(batch!.workMinutes).toBeCloseTo(240, 8);
    expect(batch!.doneAt!).toBeCloseTo(1080, 0);
    expect(batch!.meanWaitMinutes!).toBeCloseTo(56.25, 0);
    expect(batch!.workInHours).toBeCloseTo(240, 6);
    expect(clerks!.utilization!).toBeCloseTo(1 / 3, 3);
    // Nobody queues for the clerks in opening hours: no stretch has work, no caveat.
    expect(clerks!.stretches.every((s) => s.offeredLoad === 0)).toBe(true);
    expect(clerks!.caveats).toEqual([]);
    expect(clerks!.meanWaitMinutes!).toBeCloseTo(56.25, 0);
  });

  it('counts the work after the pool’s hours out of its utilisation (overtime)', () => {
    const blueprint = filingDay(day);
    blueprint.resources![0]!.schedule = [{ from: '16:00', to: '17:00', capacity: 2 }];
    const [clerks] = pools(estimatePools(blueprint));
    const [batch] = clerks!.batches;
    // 120 unit-min are done by 17:00; the 120 left at one unit take until 19:00.
    expect(batch!.workInHours).toBeCloseTo(120, 0);
    expect(batch!.doneAt!).toBeCloseTo(1140, 0);
    expect(clerks!.utilization!).toBeCloseTo(120 / 540, 2);
  });

  it('in a steady run a day’s items wait for the next batch', () => {
    // 0.5 a minute all day: 720 unit-min piled at 16:00 for 1 unit (2 from 16:00 to 18:30):
    // 300 unit-min by 18:30, the rest at one unit, an item waiting until its turn.
    const blueprint = filingDay({
      mode: 'steady',
      horizon: 2880,
      warmup: 1440,
      replications: 4,
      seed: 1,
    });
    const [clerks] = pools(estimatePools(blueprint));
    const [batch] = clerks!.batches;
    expect(batch!.items).toBeCloseTo(720, 6);
    expect(batch!.doneAt).toBeNull();
    // Positions x in 0–300 start at x/2, the rest at 150 + (x − 300): mean
    // (300·75 + 420·(150 + 210))/720 = 241.25 min.
    expect(batch!.meanWaitMinutes!).toBeCloseTo(241.25, 0);
    expect(clerks!.utilization!).toBeCloseTo(720 / (1440 + 150), 6);
  });

  it('agrees with a run of the same day (exponential items)', () => {
    const blueprint = filingDay(day, 'exponential');
    const [clerks] = pools(estimatePools(blueprint));
    const [batch] = clerks!.batches;
    const results = simulate(blueprint);
    const measured = results.steps.file!;
    const wait = measured.wait!.mean!;
    const label = `estimate ${JSON.stringify(batch)}, run ${JSON.stringify(measured.batch)} wait ${wait}`;
    expect(Math.abs(batch!.doneAt! - measured.batch!.doneAt!.mean!), label).toBeLessThan(5);
    expect(Math.abs(batch!.meanWaitMinutes! - wait), label).toBeLessThan(0.05 * wait);
    const utilization = results.resources.clerks!.utilization.mean!;
    expect(Math.abs(clerks!.utilization! - utilization), label).toBeLessThan(0.02);
  });
});
