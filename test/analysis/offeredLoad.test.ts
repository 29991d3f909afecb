/** Offered load and stations in series (Burke). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jackson, mm1, mmc, offeredLoad, tandem } from '../../src/analysis/index.ts';
import { relativeDifference } from './reference.ts';

describe('offeredLoad', () => {
  it('1 arrival every 2 minutes, 4-minute service, 3 tellers: 2 Erlangs, ρ = 2/3', () => {
    expect(offeredLoad(0.5, 4, 3)).toEqual({
      erlangs: 2,
      utilization: 2 / 3,
      stable: true,
      minimumServers: 3,
    });
  });

  it('a whole-number load needs one server more than the load', () => {
    expect(offeredLoad(1, 3, 3)).toEqual({
      erlangs: 3,
      utilization: 1,
      stable: false,
      minimumServers: 4,
    });
    expect(offeredLoad(0, 5, 1)).toMatchObject({ erlangs: 0, stable: true, minimumServers: 1 });
  });

  it('minimumServers is the smallest c with a stable M/M/c queue', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        (lambda, meanService) => {
          const load = offeredLoad(lambda, meanService, 1);
          const at = (servers: number) =>
            mmc({ arrivalRate: lambda, serviceRate: 1 / meanService, servers }).stable;
          expect(at(load.minimumServers)).toBe(true);
          if (load.minimumServers > 1) expect(at(load.minimumServers - 1)).toBe(false);
        },
      ),
    );
  });

  it('rejects malformed input', () => {
    expect(() => offeredLoad(-1, 2, 1)).toThrow(RangeError);
    expect(() => offeredLoad(1, 2, 0)).toThrow(RangeError);
    expect(() => offeredLoad(1, Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('tandem', () => {
  it('two single servers in series are two M/M/1 queues', () => {
    const line = tandem({
      arrivalRate: 0.5,
      stations: [
        { servers: 1, serviceRate: 1 },
        { servers: 1, serviceRate: 0.8 },
      ],
    });
    if (!line.stable) throw new Error('expected stable');
    expect(line.meanTimeInSystem).toBeCloseTo(1 / 0.5 + 1 / 0.3, 12);
    const first = mm1({ arrivalRate: 0.5, serviceRate: 1 });
    if (!first.stable) throw new Error('expected stable');
    expect(line.stations[0]!.meanWaitInQueue).toBe(first.meanWaitInQueue);
  });

  it('agrees with the Jackson network that routes each station to the next', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.array(
          fc.record({
            servers: fc.integer({ min: 1, max: 10 }),
            rho: fc.double({ min: 0.01, max: 0.95, noNaN: true }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (lambda, specs) => {
          const stations = specs.map((s) => ({
            servers: s.servers,
            serviceRate: lambda / (s.rho * s.servers),
          }));
          const line = tandem({ arrivalRate: lambda, stations });
          const net = jackson({
            stations: stations.map((s, i) => ({ ...s, externalArrivalRate: i === 0 ? lambda : 0 })),
            routing: stations.map((_, i) => stations.map((__, j) => (j === i + 1 ? 1 : 0))),
          });
          if (!line.stable || !net.stable) throw new Error('expected stable');
          expect(relativeDifference(line.meanTimeInSystem, net.meanTimeInSystem)).toBeLessThan(
            1e-9,
          );
          expect(relativeDifference(line.meanNumberInSystem, net.meanNumberInSystem)).toBeLessThan(
            1e-9,
          );
        },
      ),
    );
  });

  it('names the overloaded stations', () => {
    const line = tandem({
      arrivalRate: 1,
      stations: [
        { servers: 2, serviceRate: 1 },
        { servers: 1, serviceRate: 0.5 },
        { servers: 1, serviceRate: 1 },
      ],
    });
    if (line.stable) throw new Error('expected overloaded');
    expect(line.overloadedStations).toEqual([1, 2]);
    expect(line.utilization).toBe(2);
    expect(line.utilizations).toEqual([0.5, 2, 1]);
    expect(() => tandem({ arrivalRate: 1, stations: [] })).toThrow(RangeError);
  });
});
