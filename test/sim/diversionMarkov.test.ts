/**
 * The lobby manager's diversion (a flow's `when`) against its continuous-time Markov
 * chain. Poisson arrivals at rate λ meet a greeter who looks at the tellers' line: with
 * N or more waiting, the customer is sent to a deposit machine (one unit, exponential
 * service, its own unbounded queue), else joins the tellers (c units, exponential
 * service). The state is (n1 at the tellers, n2 at the machine); n1 never passes c + N,
 * n2 is cut where its probability is negligible. The chain's stationary distribution is
 * solved numerically (test/support/markovChain.ts), and by PASTA an arrival sees it:
 *
 * - diverted share = P(n1 = c + N);
 * - tellers' mean queue Lq1 = Σ max(n1 − c, 0) π, mean wait Lq1 / (λ (1 − diverted));
 * - machine's mean wait Lq2 / (λ · diverted), Lq2 = Σ max(n2 − 1, 0) π: the diverted
 *   stream comes in bursts (while the tellers' line is long), so the machine is not an
 *   M/M/1 and needs the two-dimensional chain.
 *
 * Steady-state runs with a warm-up, over many seeds: each seed's 95 % intervals must
 * cover the chain's values about as often as 95 % intervals do, and the mean over all
 * seeds must be close.
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import type { Estimate } from '../../src/sim/stats/confidence.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { balanceResidual, stationary } from '../support/markovChain.ts';

interface Lobby {
  /** Arrivals per minute. */
  lambda: number;
  tellers: number;
  tellerMean: number;
  /** Divert when at least this many wait for the tellers. */
  atLeast: number;
  machineMean: number;
}

interface Figures {
  diverted: number;
  tellerQueue: number;
  tellerWait: number;
  machineWait: number;
}

/** The chain's figures, with the machine's queue cut at `cut` customers. */
function chainFigures(lobby: Lobby, cut = 80): Figures & { tail: number; residual: number } {
  const { lambda, tellers, atLeast } = lobby;
  const mu = 1 / lobby.tellerMean;
  const nu = 1 / lobby.machineMean;
  const full = tellers + atLeast;
  const width = cut + 1;
  const chain = {
    states: (full + 1) * width,
    transitions(state: number, add: (to: number, rate: number) => void): void {
      const n1 = Math.floor(state / width);
      const n2 = state % width;
      if (n1 < full) add(state + width, lambda);
      else if (n2 < cut) add(state + 1, lambda);
      if (n1 > 0) add(state - width, Math.min(n1, tellers) * mu);
      if (n2 > 0) add(state - 1, nu);
    },
  };
  const pi = stationary(chain);
  let diverted = 0;
  let tellerQueue = 0;
  let machineQueue = 0;
  let tail = 0;
  pi.forEach((p, state) => {
    const n1 = Math.floor(state / width);
    const n2 = state % width;
    if (n1 === full) diverted += p;
    if (n2 === cut) tail += p;
    tellerQueue += Math.max(n1 - tellers, 0) * p;
    machineQueue += Math.max(n2 - 1, 0) * p;
  });
  return {
    diverted,
    tellerQueue,
    tellerWait: tellerQueue / (lambda * (1 - diverted)),
    machineWait: machineQueue / (lambda * diverted),
    tail,
    residual: balanceResidual(chain, pi),
  };
}

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

function lobbyBlueprint(lobby: Lobby, horizon: number, replications: number): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'lobby',
    name: 'Lobby diversion',
    steps: [
      { id: 'greet', kind: 'decision', lane: 'frontstage', label: 'Greeter looks at the line' },
      {
        id: 'teller',
        kind: 'action',
        lane: 'frontstage',
        label: 'Teller',
        duration: exponential(lobby.tellerMean),
        resource: { pool: 'tellers' },
      },
      {
        id: 'machine',
        kind: 'action',
        lane: 'customer',
        label: 'Deposit machine',
        duration: exponential(lobby.machineMean),
        resource: { pool: 'machine' },
      },
      {
        id: 'done',
        kind: 'action',
        lane: 'customer',
        label: 'Leave',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'greet--teller', from: 'greet', to: 'teller' },
      {
        id: 'greet--machine',
        from: 'greet',
        to: 'machine',
        when: { queueAt: 'teller', atLeast: lobby.atLeast },
      },
      { id: 'teller--done', from: 'teller', to: 'done' },
      { id: 'machine--done', from: 'machine', to: 'done' },
    ],
    resources: [
      { id: 'tellers', kind: 'staff', label: 'Tellers', capacity: lobby.tellers },
      { id: 'machine', kind: 'system', label: 'Deposit machine', capacity: 1 },
    ],
    arrivals: { type: 'poisson', entry: 'greet', perHour: lobby.lambda * 60 },
    run: { mode: 'steady', horizon, warmup: horizon / 10, replications },
  };
}

interface Measured {
  name: keyof Figures;
  estimate: Estimate;
}

function measuredBy(blueprint: Blueprint, seed: number): Measured[] {
  const checked = loadBlueprintValue(blueprint);
  if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
  expect(checked.findings).toEqual([]);
  const results = simulate(checked.blueprint, { seed });
  const teller = results.steps.teller!;
  return [
    { name: 'diverted', estimate: results.diversions!['greet--machine']!.share },
    { name: 'tellerQueue', estimate: teller.queueLength.mean },
    { name: 'tellerWait', estimate: teller.wait! },
    { name: 'machineWait', estimate: results.steps.machine!.wait! },
  ];
}

const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + 7919 * i);

describe('the lobby manager’s diversion matches its Markov chain', () => {
  it('the chain is solved: balanced, and the machine’s cut queue holds no probability', () => {
    const figures = chainFigures({
      lambda: 0.5,
      tellers: 2,
      tellerMean: 4,
      atLeast: 3,
      machineMean: 3,
    });
    expect(figures.residual).toBeLessThan(1e-12);
    expect(figures.tail).toBeLessThan(1e-15);
    // M/M/2/5 has a closed form for the tellers alone: P(5) = 2/11 at a = 2 (ρ = 1).
    expect(figures.diverted).toBeCloseTo(2 / 11, 10);
    // The diverted come in bursts: the machine waits far longer than an M/M/1 fed by a
    // Poisson stream at the same rate would (ρ/(μ − λ) = 1.13 min here).
    const rate = 0.5 * figures.diverted;
    const poissonWait = (rate * 3) / (1 / 3 - rate);
    expect(figures.machineWait).toBeGreaterThan(3 * poissonWait);
  });

  it.each<[string, Lobby]>([
    [
      '2 tellers at ρ = 1, N = 3',
      { lambda: 0.5, tellers: 2, tellerMean: 4, atLeast: 3, machineMean: 3 },
    ],
    [
      '3 tellers at ρ = 1.07, N = 5',
      { lambda: 0.8, tellers: 3, tellerMean: 4, atLeast: 5, machineMean: 2.5 },
    ],
  ])('%s: diverted share, tellers’ queue and wait, machine’s wait', (_, lobby) => {
    const theory = chainFigures(lobby);
    const blueprint = lobbyBlueprint(lobby, 20_000, 8);
    const all = SEEDS.flatMap((seed) => measuredBy(blueprint, seed));
    const covered = all.filter(({ name, estimate }) => {
      const [low, high] = estimate.ci95!;
      return low <= theory[name] && theory[name] <= high;
    });
    // 48 intervals at 95 %: 45.6 expected to cover; 41 or fewer has a chance under 1 %.
    expect(covered.length, `${covered.length} of ${all.length} intervals cover`).toBeGreaterThan(
      41,
    );
    for (const name of ['diverted', 'tellerQueue', 'tellerWait', 'machineWait'] as const) {
      const means = all.filter((m) => m.name === name).map((m) => m.estimate.mean);
      const mean = means.reduce((sum, value) => sum + value, 0) / means.length;
      expect(
        Math.abs(mean / theory[name] - 1),
        `${name}: ${mean} against ${theory[name]}`,
      ).toBeLessThan(0.015);
    }
  });
});
