/**
 * Non-preemptive priority (Cobham) against hand-computed values and the conservation law:
 * priorities reshuffle waits between classes but not the mean work in the system. And the
 * pooled approximation for classes whose services differ (`priorityMgc`) against a
 * hand-worked case and its two exact ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PriorityResult,
  type PriorityStable,
  mg1,
  mmc,
  priorityMg1,
  priorityMgc,
  priorityMmc,
} from '../../src/analysis/index.ts';
import { relativeDifference } from './reference.ts';

function stable(result: PriorityResult): PriorityStable {
  if (!result.stable) throw new Error(`expected a stable queue, got ρ = ${result.utilization}`);
  return result;
}

describe('Cobham, M/G/1', () => {
  it('two classes, exponential service of mean 1, λ = 0.25 each: Wq = 2/3 and 4/3', () => {
    const exp1 = { mean: 1, variance: 1 };
    const q = stable(
      priorityMg1([
        { arrivalRate: 0.25, service: exp1 },
        { arrivalRate: 0.25, service: exp1 },
      ]),
    );
    expect(q.form).toBe('cobham-mg1');
    expect(q.classes[0]!.meanWaitInQueue).toBeCloseTo(2 / 3, 15);
    expect(q.classes[1]!.meanWaitInQueue).toBeCloseTo(4 / 3, 15);
    expect(q.classes[1]!.meanTimeInSystem).toBeCloseTo(7 / 3, 15);
    // Averaged by share: the M/M/1 FCFS wait ρ/(μ − λ) = 1.
    expect(q.meanWaitInQueue).toBeCloseTo(1, 15);
  });

  it('one class is FCFS M/G/1 (Pollaczek–Khinchine)', () => {
    const service = { mean: 2, variance: 1.5 };
    const q = stable(priorityMg1([{ arrivalRate: 0.3, service }]));
    const fcfs = mg1({ arrivalRate: 0.3, service });
    if (!fcfs.stable) throw new Error('expected stable');
    expect(q.classes[0]!.meanWaitInQueue).toBeCloseTo(fcfs.meanWaitInQueue, 14);
  });

  it('Kleinrock’s conservation law: Σ ρₖWq,k = ρ·W₀/(1 − ρ), whatever the service laws', () => {
    const klass = fc.record({
      arrivalRate: fc.double({ min: 0, max: 1, noNaN: true }),
      mean: fc.double({ min: 0.01, max: 5, noNaN: true }),
      cv: fc.double({ min: 0, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(klass, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.01, max: 0.97, noNaN: true }),
        (raw, targetRho) => {
          const rawRho = raw.reduce((s, k) => s + k.arrivalRate * k.mean, 0);
          fc.pre(rawRho > 1e-6);
          const classes = raw.map((k) => ({
            arrivalRate: (k.arrivalRate * targetRho) / rawRho,
            service: { mean: k.mean, variance: (k.cv * k.mean) ** 2 },
          }));
          const q = stable(priorityMg1(classes));
          const w0 = classes.reduce(
            (s, k) => s + (k.arrivalRate * (k.service.variance + k.service.mean ** 2)) / 2,
            0,
          );
          const lhs = q.classes.reduce((s, k) => s + k.utilization * k.meanWaitInQueue, 0);
          expect(relativeDifference(lhs, (q.utilization * w0) / (1 - q.utilization))).toBeLessThan(
            1e-9,
          );
          // Higher priority never waits longer.
          q.classes.forEach((k, i) => {
            if (i > 0)
              expect(k.meanWaitInQueue).toBeGreaterThanOrEqual(q.classes[i - 1]!.meanWaitInQueue);
          });
        },
      ),
    );
  });

  it('ρ ≥ 1 says unstable; no classes throws', () => {
    const result = priorityMg1([
      { arrivalRate: 0.5, service: { mean: 1, variance: 0 } },
      { arrivalRate: 0.6, service: { mean: 1, variance: 0 } },
    ]);
    expect(result.stable).toBe(false);
    expect(result.utilization).toBeCloseTo(1.1, 14);
    expect(() => priorityMg1([])).toThrow(RangeError);
  });
});

describe('Cobham, M/M/c with equal service rates', () => {
  it('M/M/3, μ = 1, λ = 1.2 (high) + 1.5 (low): Wq = K/0.6 and K/0.06 with K = C/3', () => {
    const q = stable(priorityMmc({ servers: 3, serviceRate: 1, arrivalRates: [1.2, 1.5] }));
    expect(q.form).toBe('cobham-mmc-equal-rates');
    const k = 0.8170610211706102 / 3; // Erlang C(3, 2.7), exact value, over cμ
    expect(q.classes[0]!.meanWaitInQueue).toBeCloseTo(k / 0.6, 12);
    expect(q.classes[1]!.meanWaitInQueue).toBeCloseTo(k / (0.6 * 0.1), 11);
    expect(q.classes[1]!.meanTimeInSystem).toBeCloseTo(k / 0.06 + 1, 11);
    expect(q.meanWaitInQueue).toBeCloseTo(2.723536737235367, 11);
  });

  it('averaged by arrival share, the class waits give the FCFS M/M/c wait (conservation)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (servers, mu, rho, shares) => {
          const total = shares.reduce((s, x) => s + x, 0);
          const lambda = rho * servers * mu;
          const rates = shares.map((x) => (lambda * x) / total);
          const q = stable(priorityMmc({ servers, serviceRate: mu, arrivalRates: rates }));
          const fcfs = mmc({ arrivalRate: lambda, serviceRate: mu, servers });
          if (!fcfs.stable) throw new Error('expected stable');
          expect(relativeDifference(q.meanWaitInQueue, fcfs.meanWaitInQueue)).toBeLessThan(1e-9);
          const byHand = q.classes.reduce((s, k) => s + k.arrivalRate * k.meanWaitInQueue, 0);
          expect(relativeDifference(byHand / lambda, fcfs.meanWaitInQueue)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('with one server it is Cobham’s M/G/1 formula with exponential service', () => {
    const mmcForm = stable(
      priorityMmc({ servers: 1, serviceRate: 0.5, arrivalRates: [0.1, 0.2, 0.05] }),
    );
    const mg1Form = stable(
      priorityMg1(
        [0.1, 0.2, 0.05].map((arrivalRate) => ({ arrivalRate, service: { mean: 2, variance: 4 } })),
      ),
    );
    mmcForm.classes.forEach((k, i) => {
      expect(k.meanWaitInQueue).toBeCloseTo(mg1Form.classes[i]!.meanWaitInQueue, 13);
      expect(k.meanTimeInSystem).toBeCloseTo(mg1Form.classes[i]!.meanTimeInSystem, 13);
    });
  });

  it('ρ ≥ 1 says unstable; no arrivals means no waiting', () => {
    expect(priorityMmc({ servers: 2, serviceRate: 1, arrivalRates: [1, 1] }).stable).toBe(false);
    const idle = stable(priorityMmc({ servers: 2, serviceRate: 1, arrivalRates: [0, 0] }));
    expect(idle.meanWaitInQueue).toBe(0);
    expect(idle.classes[1]!.meanTimeInSystem).toBe(1);
    expect(() => priorityMmc({ servers: 2, serviceRate: 1, arrivalRates: [] })).toThrow(RangeError);
  });
});

const erlang2 = { mean: 1, variance: 0.5 };

describe('priority with pooled servers and per-class services (priorityMgc)', () => {
  // Two servers, Erlang-2 services of mean 1 for both classes, λ = 0.4 and 0.8:
  //   a = 1.2, ρ = 0.6, C(2, 1.2) = (1.44/0.8) / (1 + 1.2 + 1.44/0.8) = 1.8/4 = 0.45;
  //   R₁ = 13/32 (the first of two Erlang-2 services in progress, firstDeparture.test.ts);
  //   R = E[S²]/(2c·E[S]) = 1.5/4 = 0.375; σ₁ = 0.2, σ₂ = 0.6;
  //   Wq,1 = 0.45·(13/32 + 0.375·(1/0.8 − 1)) = 0.45·0.5 = 0.225,
  //   Wq,2 = 0.45·(13/32 + 0.375·(1/(0.8·0.4) − 1)) = 0.45·1.203125 = 0.54140625.
  it('two Erlang-2 classes on two servers: 0.225 and 0.5414 min by hand', () => {
    const q = stable(
      priorityMgc({
        servers: 2,
        classes: [
          { arrivalRate: 0.4, service: erlang2 },
          { arrivalRate: 0.8, service: erlang2 },
        ],
      }),
    );
    expect(q.form).toBe('mgc-approximation');
    expect(q.utilization).toBeCloseTo(0.6, 12);
    expect(q.classes[0]!.utilization).toBeCloseTo(0.2, 12);
    expect(q.classes[0]!.meanWaitInQueue).toBeCloseTo(0.225, 6);
    expect(q.classes[1]!.meanWaitInQueue).toBeCloseTo(0.54140625, 6);
    expect(q.classes[1]!.meanTimeInSystem).toBeCloseTo(1.54140625, 6);
    // Scaling the M/M/c waits by (1 + c_s²)/2 alone would give the top class
    // 0.45·0.375/0.8 = 0.2109: the first departure is later than an average gap.
    expect(q.classes[0]!.meanWaitInQueue).toBeGreaterThan((0.45 * 0.375) / 0.8 + 0.01);
  });

  it('equal exponential services: Cobham’s M/M/c formula', () => {
    const rates = [0.3, 0.5, 0.4];
    const q = stable(
      priorityMgc({
        servers: 3,
        classes: rates.map((arrivalRate) => ({ arrivalRate, service: { mean: 2, variance: 4 } })),
      }),
    );
    const exact = stable(priorityMmc({ servers: 3, serviceRate: 0.5, arrivalRates: rates }));
    expect(q.form).toBe('cobham-mmc-equal-rates');
    q.classes.forEach((k, i) =>
      expect(k.meanWaitInQueue).toBeCloseTo(exact.classes[i]!.meanWaitInQueue, 12),
    );
  });

  it('one server: Cobham’s M/G/1 formula, whatever the services', () => {
    const classes = [
      { arrivalRate: 0.1, service: { mean: 3, variance: 1 } },
      { arrivalRate: 0.2, service: { mean: 1, variance: 2 } },
    ];
    const q = stable(priorityMgc({ servers: 1, classes }));
    const exact = stable(priorityMg1(classes));
    expect(q.form).toBe('cobham-mg1');
    q.classes.forEach((k, i) =>
      expect(k.meanWaitInQueue).toBeCloseTo(exact.classes[i]!.meanWaitInQueue, 9),
    );
  });

  it('different exponential means are an approximation; ρ ≥ 1 is unstable', () => {
    const classes = [
      { arrivalRate: 0.2, service: { mean: 5, variance: 25 } },
      { arrivalRate: 0.5, service: { mean: 4, variance: 16 } },
    ];
    expect(stable(priorityMgc({ servers: 4, classes })).form).toBe('mgc-approximation');
    expect(priorityMgc({ servers: 3, classes }).stable).toBe(false);
    expect(() => priorityMgc({ servers: 2, classes: [] })).toThrow(RangeError);
  });
});
