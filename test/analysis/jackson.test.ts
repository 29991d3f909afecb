/** Open Jackson networks against tandem M/M/1s, the rework loop and flow balance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type JacksonResult,
  type JacksonStable,
  type MmcStable,
  jackson,
  mm1,
  mmc,
  reworkArrivalRate,
} from '../../src/analysis/index.ts';
import { relativeDifference } from './reference.ts';

function stable(result: JacksonResult): JacksonStable {
  if (!result.stable) throw new Error(`expected a stable network, got ${result.reason}`);
  return result;
}

function stableMm(result: ReturnType<typeof mmc>): MmcStable {
  if (!result.stable) throw new Error('expected a stable queue');
  return result;
}

describe('Jackson networks', () => {
  it('two stations in tandem are two M/M/1 queues: T = 1/(μ₁ − λ) + 1/(μ₂ − λ)', () => {
    const net = stable(
      jackson({
        stations: [
          { externalArrivalRate: 0.5, servers: 1, serviceRate: 1 },
          { externalArrivalRate: 0, servers: 1, serviceRate: 0.8 },
        ],
        routing: [
          [0, 1],
          [0, 0],
        ],
      }),
    );
    const first = stableMm(mm1({ arrivalRate: 0.5, serviceRate: 1 }));
    const second = stableMm(mm1({ arrivalRate: 0.5, serviceRate: 0.8 }));
    const [a, b] = net.stations;
    expect(a!.arrivalRate).toBeCloseTo(0.5, 15);
    expect(b!.arrivalRate).toBeCloseTo(0.5, 15);
    expect(a!.meanWaitInQueue).toBeCloseTo(first.meanWaitInQueue, 14);
    expect(b!.meanWaitInQueue).toBeCloseTo(second.meanWaitInQueue, 14);
    expect(b!.utilization).toBeCloseTo(0.625, 15);
    expect(net.meanTimeInSystem).toBeCloseTo(1 / 0.5 + 1 / 0.3, 12);
    expect(net.meanTimeInSystem).toBeCloseTo(first.meanTimeInSystem + second.meanTimeInSystem, 12);
  });

  it('rework with p = 0.1: the station sees λ/0.9, each customer visits 1/0.9 times', () => {
    const lambda = 0.45;
    const net = stable(
      jackson({
        stations: [{ externalArrivalRate: lambda, servers: 2, serviceRate: 0.5 }],
        routing: [[0.1]],
      }),
    );
    const station = net.stations[0]!;
    expect(station.arrivalRate).toBeCloseTo(lambda / 0.9, 14);
    expect(station.arrivalRate).toBeCloseTo(reworkArrivalRate(lambda, 0.1), 14);
    expect(station.visitRatio).toBeCloseTo(1 / 0.9, 14);
    const single = stableMm(mmc({ arrivalRate: 0.5, serviceRate: 0.5, servers: 2 }));
    expect(station.meanWaitInQueue).toBeCloseTo(single.meanWaitInQueue, 13);
    expect(net.meanTimeInSystem).toBeCloseTo(single.meanTimeInSystem / 0.9, 12);
  });

  it('a counter with a back-office detour: traffic by hand', () => {
    // Counter (0) sends 30 % to the back office (1), which sends 50 % back to the counter.
    // λ₀ = 1 + 0.5·λ₁, λ₁ = 0.3·λ₀  ⇒  λ₀ = 1/0.85, λ₁ = 0.3/0.85.
    const net = stable(
      jackson({
        stations: [
          { externalArrivalRate: 1, servers: 3, serviceRate: 0.5 },
          { externalArrivalRate: 0, servers: 1, serviceRate: 0.5 },
        ],
        routing: [
          [0, 0.3],
          [0.5, 0],
        ],
      }),
    );
    expect(net.stations[0]!.arrivalRate).toBeCloseTo(1 / 0.85, 14);
    expect(net.stations[1]!.arrivalRate).toBeCloseTo(0.3 / 0.85, 14);
    expect(net.totalExternalArrivalRate).toBe(1);
  });

  it('a closed loop with no way out is reported with the trapped stations', () => {
    const result = jackson({
      stations: [
        { externalArrivalRate: 1, servers: 1, serviceRate: 2 },
        { externalArrivalRate: 0, servers: 1, serviceRate: 2 },
        { externalArrivalRate: 0, servers: 1, serviceRate: 2 },
      ],
      routing: [
        [0, 0.5, 0],
        [0, 0, 1],
        [0, 1, 0],
      ],
    });
    expect(result).toEqual({ stable: false, reason: 'closed', trappedStations: [1, 2] });
    // Rows that sum to 1 only up to rounding still count as closed.
    expect(
      jackson({
        stations: [{ externalArrivalRate: 1, servers: 1, serviceRate: 2 }],
        routing: [[0.1 + 0.2 + 0.7]],
      }).stable,
    ).toBe(false);
  });

  it('an overloaded station is named, with every station’s flow', () => {
    const result = jackson({
      stations: [
        { externalArrivalRate: 0.5, servers: 1, serviceRate: 1 },
        { externalArrivalRate: 0, servers: 1, serviceRate: 0.4 },
      ],
      routing: [
        [0, 1],
        [0, 0],
      ],
    });
    if (result.stable || result.reason !== 'overloaded') throw new Error('expected overloaded');
    expect(result.overloadedStations).toEqual([1]);
    expect(result.utilization).toBeCloseTo(1.25, 14);
    expect(result.stations[0]!.utilization).toBeCloseTo(0.5, 14);
  });

  it('rejects malformed networks', () => {
    const station = { externalArrivalRate: 1, servers: 1, serviceRate: 2 };
    expect(() => jackson({ stations: [], routing: [] })).toThrow(RangeError);
    expect(() => jackson({ stations: [station], routing: [[0, 0]] })).toThrow(RangeError);
    expect(() => jackson({ stations: [station, station], routing: [[0, 0]] })).toThrow(RangeError);
    expect(() =>
      jackson({
        stations: [station, station],
        routing: [
          [0.6, 0.6],
          [0, 0],
        ],
      }),
    ).toThrow(RangeError);
    expect(() => jackson({ stations: [station], routing: [[-0.1]] })).toThrow(RangeError);
    expect(() =>
      jackson({ stations: [{ ...station, externalArrivalRate: 0 }], routing: [[0]] }),
    ).toThrow(RangeError);
    expect(() => reworkArrivalRate(1, 1)).toThrow(RangeError);
  });

  it('random networks: traffic equations hold, flow in = flow out, T = Σ vᵢWᵢ = L/Σγ', () => {
    // A rate or weight under 1e-9 is 0: a subnormal one (fast-check's favourite edge, 1.5e-323)
    // makes a flow whose value has no relative precision left, and the 1e-9 checks below
    // would test floating point, not the network.
    const share = fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((value) => (value < 1e-9 ? 0 : value));
    const network = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        external: fc.array(share, {
          minLength: n,
          maxLength: n,
        }),
        weights: fc.array(fc.array(share, { minLength: n, maxLength: n }), {
          minLength: n,
          maxLength: n,
        }),
        leave: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
        servers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(network, ({ external, weights, leave, servers }) => {
        const gamma = external.map((g, i) => (i === 0 ? g + 0.1 : g));
        // Row i: leave with probability leave[i], otherwise split by the weights.
        const routing = weights.map((row, i) => {
          const total = row.reduce((s, w) => s + w, 0);
          return row.map((w) => (total > 0 ? (w / total) * (1 - leave[i]!) : 0));
        });
        // First pass with ample capacity gives λ; then size μ so every ρ is 0.8.
        const probe = jackson({
          stations: gamma.map((g, i) => ({
            externalArrivalRate: g,
            servers: servers[i]!,
            serviceRate: 1e6,
          })),
          routing,
        });
        const loads = stable(probe).stations.map((s) => s.arrivalRate);
        const net = stable(
          jackson({
            stations: gamma.map((g, i) => ({
              externalArrivalRate: g,
              servers: servers[i]!,
              serviceRate: Math.max(loads[i]!, 1e-3) / (0.8 * servers[i]!),
            })),
            routing,
          }),
        );
        const lambda = net.stations.map((s) => s.arrivalRate);
        lambda.forEach((value, j) => {
          const inflow = gamma[j]! + lambda.reduce((s, l, i) => s + l * routing[i]![j]!, 0);
          expect(relativeDifference(value, inflow)).toBeLessThan(1e-9);
        });
        const outflow = lambda.reduce(
          (s, l, i) => s + l * (1 - routing[i]!.reduce((t, p) => t + p, 0)),
          0,
        );
        expect(relativeDifference(outflow, net.totalExternalArrivalRate)).toBeLessThan(1e-9);
        const byVisits = net.stations.reduce(
          (s, st) => s + st.visitRatio * st.meanTimeAtStation,
          0,
        );
        expect(relativeDifference(byVisits, net.meanTimeInSystem)).toBeLessThan(1e-9);
        for (const st of net.stations) {
          expect(st.utilization).toBeLessThan(1);
          expect(Number.isFinite(st.meanNumberAtStation)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
