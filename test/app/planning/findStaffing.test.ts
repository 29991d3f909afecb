/**
 * The staffing search with a fake run (per-replication shares as a known function of the
 * units), and with the real engine against Erlang C.
 */
import { describe, expect, it } from 'vitest';
import {
  type StaffingTry,
  findStaffing,
  improved,
} from '../../../src/app/staffing/findStaffing.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import type { Results } from '../../../src/sim/index.ts';
import { SHARE, estimate } from '../../../src/sim/stats/confidence.ts';
import { minimalBlueprint } from '../../support/builders.ts';

/** Replication r's departure from the mean, the same for every unit count (common random numbers). */
const NOISE = [-0.01, 0.01, -0.005, 0.005, 0];

interface FakeRun {
  /** Per replication, the share within the target; null: nobody left. */
  shares: (number | null)[];
  /** Per replication, the mean wait (minutes); default 1. */
  waitMeans?: number[];
  seed?: number;
}

/** Only the figures the search reads; the rest of a Results does not matter here. */
function fakeResults(units: number, fake: FakeRun): Results {
  const measured = fake.shares.filter((share): share is number => share !== null);
  const within = measured.length > 0 ? estimate(measured, SHARE) : { mean: NaN, ci95: null };
  const p90 = measured.length > 0 ? 12 / units : NaN;
  return {
    run: { seed: fake.seed ?? 2026, replications: fake.shares.length },
    system: {
      wait: {
        mean: p90 / 2,
        ci95: null,
        p50: p90 / 3,
        p90,
        p95: p90 * 1.2,
        max: p90 * 2,
        count: 100,
      },
      withinTarget: within,
    },
    perReplication: {
      system: {
        withinTarget: fake.shares,
        waitMean: fake.waitMeans ?? fake.shares.map(() => 1),
      },
    },
    resources: { tellers: { utilization: { mean: 3 / units, ci95: null } } },
  } as unknown as Results;
}

const tellersOf = (variant: Blueprint) =>
  variant.resources!.find((pool) => pool.id === 'tellers')!.capacity;

/** Shares around `meanOf(units)` with NOISE: an interval of about ± 0.01. */
const around = (meanOf: (units: number) => number) => (units: number) => ({
  shares: NOISE.map((noise) => meanOf(units) + noise),
});

/** A run whose per-replication figures are a function of the tellers, counting its calls. */
function fakeRun(figuresOf: (units: number) => FakeRun) {
  const calls: number[] = [];
  const variants: Blueprint[] = [];
  const run = (variant: Blueprint) => {
    const units = tellersOf(variant);
    calls.push(units);
    variants.push(variant);
    return Promise.resolve(fakeResults(units, figuresOf(units)));
  };
  return { run, calls, variants };
}

const p90 = (target: number) => ({ percentile: 90 as const, waitMinutes: target });
const summary = (tries: StaffingTry[]) => tries.map((t) => [t.units, t.verdict]);
/** 0.6, 0.85, 0.95, 0.99 … for 2, 3, 4, 5 units. */
const steep = (units: number) => [0, 0.3, 0.6, 0.85, 0.95][units] ?? 0.99;

describe('findStaffing with a fake run', () => {
  it('searches up until the target is met with confidence; the count below is not met', async () => {
    const { run, calls, variants } = fakeRun(around(steep));
    const tried: number[] = [];
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 2,
      onTry: (units) => tried.push(units),
    });
    expect(answer).toMatchObject({ reachable: true, units: 4, undecided: [], utilization: 0.75 });
    if (!answer.reachable) return;
    expect(answer.share.mean).toBeCloseTo(0.95, 10);
    expect(answer.share.ci95![0]).toBeGreaterThan(0.9);
    expect(answer.share.replications).toBe(5);
    expect(calls).toEqual([2, 3, 4]); // 3 already failed: no need to run it again
    expect(tried).toEqual([2, 3, 4]);
    expect(summary(answer.tries)).toEqual([
      [2, 'not-met'],
      [3, 'not-met'],
      [4, 'met'],
    ]);
    // Every variant promises every customer the target, so the engine counts who met it.
    expect(variants[0]!.classes).toEqual([
      expect.objectContaining({ share: 1, serviceTarget: { minutes: 2, measure: 'wait' } }),
    ]);
  });

  it('too close to call at the boundary: says which counts are undecided, picks none of them', async () => {
    // 3 tellers: 0.895 ± 0.01 straddles 0.9.
    const { run, calls } = fakeRun(around((units) => (units === 3 ? 0.895 : steep(units))));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 2,
    });
    expect(answer).toMatchObject({ reachable: true, units: 4, undecided: [3] });
    expect(summary(answer.tries)).toEqual([
      [2, 'not-met'],
      [3, 'too-close'],
      [4, 'met'],
    ]);
    expect(calls).toEqual([2, 3, 4]);
  });

  it('the same mean with a wider spread is too close; with a narrow one it is met', async () => {
    const wide = [0.8, 1, 0.85, 0.99, 0.96]; // mean 0.92, interval about 0.83–1
    const narrow = [0.91, 0.93, 0.92, 0.92, 0.92]; // mean 0.92, interval about 0.91–0.93
    for (const [shares, verdict] of [
      [wide, 'too-close'],
      [narrow, 'met'],
    ] as const) {
      const { run } = fakeRun((units) =>
        units === 4 ? { shares: [...shares] } : around(steep)(units),
      );
      const answer = await findStaffing({
        blueprint: minimalBlueprint(),
        poolId: 'tellers',
        target: p90(2),
        run,
        start: 4,
        maxUnits: 5,
      });
      expect(answer.tries[0]).toMatchObject({ units: 4, verdict });
    }
  });

  it('several counts too close below the answer are all reported', async () => {
    const close = [0, 0.3, 0.6, 0.895, 0.9, 0.99];
    const { run, calls } = fakeRun(around((units) => close[units] ?? 0.99));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 6,
    });
    expect(answer).toMatchObject({ reachable: true, units: 5, undecided: [3, 4] });
    expect(calls).toEqual([6, 5, 4, 3, 2]);
  });

  it('goes down when the start is already enough, until a count is not met', async () => {
    const { run, calls } = fakeRun(around(steep));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 6,
    });
    expect(answer).toMatchObject({ reachable: true, units: 4, undecided: [] });
    expect(calls).toEqual([6, 5, 4, 3]);
  });

  it('reads the share asked for', async () => {
    const { run } = fakeRun(around(steep));
    // Half the customers within the target: 0.6 ± 0.01 at 2 tellers is enough.
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: { percentile: 50, waitMinutes: 2 },
      run,
    });
    expect(answer).toMatchObject({ reachable: true, units: 2 });
  });

  it('one replication cannot decide anything and says so', async () => {
    const { run, calls } = fakeRun(() => ({ shares: [0.99] }));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 3,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'too-few-replications' });
    expect(summary(answer.tries)).toEqual([[3, 'too-close']]);
    expect(calls).toEqual([3]);
  });

  it('stops when one more unit makes no significant difference (the wait is elsewhere)', async () => {
    // Another pool holds the share at 0.7 from 4 tellers on; each count's replications
    // differ (the noise is shuffled), but on average one more teller changes nothing.
    const plateau = [0.2, 0.4, 0.6, 0.7];
    const { run, calls } = fakeRun((units) => ({
      shares: NOISE.map(
        (_, r) => (plateau[units - 1] ?? 0.7) + NOISE[(r + units) % NOISE.length]! * 3,
      ),
    }));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(5),
      run,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'no-improvement' });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a small rise in every paired replication is an improvement, so the search goes on', async () => {
    // +0.002 per teller: less than the replications' spread, but the same in every pair.
    const { run, calls } = fakeRun(around((units) => 0.7 + 0.002 * units));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(5),
      run,
      maxUnits: 12,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'cap' });
    expect(calls).toHaveLength(12);
  });

  it('while nobody is within the target, a shorter mean wait counts as an improvement', async () => {
    const nobody = (units: number) => ({
      shares: NOISE.map(() => (units < 6 ? 0 : 0.95)),
      waitMeans: NOISE.map((noise) => 60 / units + noise),
    });
    const { run } = fakeRun(nobody);
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(5),
      run,
    });
    expect(answer).toMatchObject({ reachable: true, units: 6 });
  });

  it('gives up at the cap', async () => {
    const { run, calls } = fakeRun(around((units) => units / 20));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(1),
      run,
      maxUnits: 8,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'cap' });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a run where nobody left does not meet the target', async () => {
    const { run } = fakeRun((units) =>
      units < 3 ? { shares: NOISE.map(() => null) } : around(() => 0.99)(units),
    );
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
    });
    expect(answer).toMatchObject({ reachable: true, units: 3 });
    expect(answer.tries[0]).toMatchObject({ units: 1, share: null, verdict: 'not-met' });
  });

  it('an unknown pool is not reachable, without running anything', async () => {
    const { run, calls } = fakeRun(around(steep));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'nobody',
      target: p90(2),
      run,
    });
    expect(answer).toEqual({ reachable: false, reason: 'unknown-pool', tries: [] });
    expect(calls).toEqual([]);
  });

  it('cancelling stops the search with an AbortError', async () => {
    const controller = new AbortController();
    const { run, calls } = fakeRun(around(() => 0.1));
    const search = findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(1),
      run,
      signal: controller.signal,
      onTry: (units) => {
        if (units === 3) controller.abort();
      },
    });
    await expect(search).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([1, 2, 3]);
  });
});

describe('improved: one more unit, compared replication by replication', () => {
  const results = (shares: number[], seed = 2026) => fakeResults(3, { shares, seed });

  it('paired when the runs share the seed, Welch otherwise', () => {
    // Every replication gains 0.01, though the replications spread over ± 0.1.
    const before = [0.5, 0.7, 0.6, 0.8, 0.55];
    const after = before.map((share) => share + 0.01);
    expect(improved(results(before), results(after))).toBe(true);
    // The same numbers from another seed are not pairs: the gain is lost in the spread.
    expect(improved(results(before), results(after, 7))).toBe(false);
  });

  it('no change, or a loss, is not an improvement', () => {
    const shares = [0.5, 0.7, 0.6, 0.8, 0.55];
    expect(improved(results(shares), results(shares))).toBe(false);
    expect(improved(results(shares), results(shares.map((s) => s - 0.01)))).toBe(false);
  });
});
