/**
 * The same adviser for a whole case (`sameUnitAs`), timed by hand. Two advisers; each
 * customer is booked, on time: the application (10 min) with any adviser, the
 * underwriting without them (20 min), the contract (8 min) with the adviser who took
 * the application. A free adviser calls whoever waits for them or for anyone, in line
 * order; among free advisers the one idle the longest calls (the first among equals).
 *
 *   09:00 A  applies with adviser 1 (both idle) 09:00–09:10, contract at 09:30
 *   09:05 B  applies with adviser 2 09:05–09:15, contract at 09:35
 *   09:12 C  applies with adviser 1 (2 is busy) 09:12–09:22, contract at 09:42
 *   09:26 D  both idle, 2 the longest (since 09:15): 09:26–09:36, contract at 09:56
 *   09:30 A  contract with 1, 09:30–09:38
 *   09:35 B  waits for 2 (busy with D): 09:36–09:44 (waited 1)
 *   09:40 E  applies with 1 (free since 09:38) 09:40–09:50, contract at 10:10
 *   09:42 C  waits for 1 (busy with E); 2 comes free at 09:44 and is not theirs
 *   09:45 F  applies with 2 (free since 09:44) 09:45–09:55, contract at 10:15
 *   09:50 C  contract with 1 at last, 09:50–09:58 (waited 8)
 *   09:56 D  contract with 2, 10:10 E with 1, 10:15 F with 2: no wait
 *
 * Application waits all 0; contract waits 0, 1, 8, 0, 0, 0 (mean 1.5). With any
 * adviser at the contract (no sameUnitAs) C takes adviser 2 at 09:44 (waited 2) and F
 * waits for an adviser until 09:50 (5): application waits mean 5/6, contract 3/6.
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { type EventRow, simulate } from '../../src/sim/simulate.ts';

interface Options {
  sameUnit?: boolean;
  times?: string[];
  schedule?: { from: string; to: string; capacity: number }[];
}

function loanMorning({
  sameUnit = true,
  times = ['09:00', '09:05', '09:12', '09:26', '09:40', '09:45'],
  schedule,
}: Options = {}): Blueprint {
  const blueprint: Blueprint = {
    format: 'blueprint-lab',
    version: 4,
    id: 'same-adviser',
    name: 'Same adviser morning',
    steps: [
      {
        id: 'apply',
        kind: 'action',
        lane: 'frontstage',
        label: 'Take the application',
        duration: { type: 'fixed', value: 10 },
        resource: { pool: 'advisers' },
      },
      {
        id: 'underwrite',
        kind: 'action',
        lane: 'backstage',
        label: 'Underwrite',
        duration: { type: 'fixed', value: 20 },
      },
      {
        id: 'contract',
        kind: 'action',
        lane: 'frontstage',
        label: 'Explain the contract',
        duration: { type: 'fixed', value: 8 },
        resource: { pool: 'advisers', ...(sameUnit ? { sameUnitAs: 'apply' } : {}) },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'a', from: 'apply', to: 'underwrite' },
      { id: 'b', from: 'underwrite', to: 'contract' },
    ],
    resources: [
      {
        id: 'advisers',
        kind: 'staff',
        label: 'Account managers',
        capacity: 2,
        ...(schedule ? { schedule } : {}),
      },
    ],
    arrivals: { type: 'appointments', entry: 'apply', slots: times.map((at) => ({ at })) },
    run: { mode: 'day', open: '09:00', close: '10:00', replications: 1, seed: 1 },
  };
  const loaded = loadBlueprintValue(blueprint);
  expect(loaded.ok && loaded.findings).toEqual([]);
  return blueprint;
}

/** When each case (1 = the first booked) started the contract. */
function contractStarts(blueprint: Blueprint): number[] {
  const starts: number[] = [];
  const onEvent = (row: EventRow): void => {
    if (row.stepId === 'contract' && row.event === 'start') starts[row.caseId - 1] = row.time;
  };
  simulate(blueprint, { onEvent });
  return starts.map((minute) => minute - 9 * 60);
}

describe('the same adviser for a whole case, by hand', () => {
  it('each customer waits for the adviser who took the application', () => {
    const blueprint = loanMorning();
    expect(contractStarts(blueprint)).toEqual([30, 36, 50, 56, 70, 75]);
    const results = simulate(blueprint);
    expect(results.steps.apply!.wait!.mean).toBe(0);
    expect(results.steps.contract!.wait!.mean).toBeCloseTo(9 / 6, 9);
    expect(results.steps.contract!.wait!.max).toBeCloseTo(8, 9);
  });

  it('with any adviser at the contract the pool is shared as before', () => {
    const results = simulate(loanMorning({ sameUnit: false }));
    expect(results.steps.apply!.wait!.mean).toBeCloseTo(5 / 6, 9);
    expect(results.steps.contract!.wait!.mean).toBeCloseTo(3 / 6, 9);
  });

  it('a customer whose adviser is off shift is served by the other, and waits again when they come back', () => {
    // Adviser 2 away 09:30–10:30: B, at 09:35, takes adviser 1 when A is done (09:38).
    const away = simulate(
      loanMorning({
        times: ['09:00', '09:05'],
        schedule: [{ from: '09:30', to: '10:30', capacity: 1 }],
      }),
    );
    expect(away.steps.contract!.wait!.max).toBeCloseTo(3, 9);
    // Back at 09:36: B, waiting for anyone since 09:35, is called by adviser 2 at once.
    const back = loanMorning({
      times: ['09:00', '09:05'],
      schedule: [{ from: '09:30', to: '09:36', capacity: 1 }],
    });
    expect(contractStarts(back)).toEqual([30, 36]);
  });
});
