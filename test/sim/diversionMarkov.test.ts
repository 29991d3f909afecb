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
import type { Blueprint } from '../../src/model/index.ts';
import type { Estimate } from '../../src/sim/stats/confidence.ts';
import { simulateClean } from '../support/simulateClean.ts';
import {
  type Figures,
  LOBBIES,
  type Lobby,
  chainFigures,
  lobbyBlueprint,
} from '../support/lobby.ts';

interface Measured {
  name: keyof Figures;
  estimate: Estimate;
}

function measuredBy(blueprint: Blueprint, seed: number): Measured[] {
  const results = simulateClean(blueprint, seed);
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

  it.each<[string, Lobby]>(LOBBIES)(
    '%s: diverted share, tellers’ queue and wait, machine’s wait',
    (_, lobby) => {
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
    },
  );
});
