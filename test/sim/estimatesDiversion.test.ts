/**
 * The estimates with the lobby manager's diversion (a flow's `when`): the pool it reads is
 * a threshold queue (src/sim/thresholdQueue.ts, src/sim/diversionDemand.ts), the share
 * sent on loads the target's pool. Against the Markov chain of the simplest lobby
 * (test/support/lobby.ts, the figures test/sim/diversionMarkov.test.ts checks the
 * simulator against), and against runs where some of those sent on come back.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { type PoolEstimate, estimatePools } from '../../src/sim/estimates.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { LOBBIES, type Lobby, chainFigures, lobbyBlueprint } from '../support/lobby.ts';

function pool(blueprint: Blueprint, id: string): PoolEstimate {
  const result = estimatePools(blueprint);
  if (!result.ok) throw new Error(result.reason);
  return result.pools.find((estimate) => estimate.id === id)!;
}

describe('estimates of a pool whose line a diversion reads', () => {
  it.each<[string, Lobby]>([
    ...LOBBIES,
    [
      '4 tellers at ρ = 0.8, N = 2',
      { lambda: 0.8, tellers: 4, tellerMean: 4, atLeast: 2, machineMean: 2 },
    ],
  ])('%s: the chain’s wait at the tellers, their load and the machine’s', (_, lobby) => {
    const chain = chainFigures(lobby);
    const blueprint = lobbyBlueprint(lobby, 20_000, 1);
    const tellers = pool(blueprint, 'tellers');
    const machine = pool(blueprint, 'machine');
    // Without the rule, the first two have no steady state at the tellers at all.
    expect(tellers.overloaded).toBe(false);
    expect(tellers.stretches).toHaveLength(1);
    expect(tellers.stretches[0]!.steady).toBe(true);
    expect(tellers.meanWaitMinutes).toBeCloseTo(chain.tellerWait, 6);
    expect(tellers.offeredLoad).toBeCloseTo(
      lobby.lambda * (1 - chain.diverted) * lobby.tellerMean,
      6,
    );
    expect(machine.offeredLoad).toBeCloseTo(lobby.lambda * chain.diverted * lobby.machineMean, 6);
  });

  it('half of those sent on come back to the tellers a minute later: estimate against runs', () => {
    const lobby: Lobby = { lambda: 0.8, tellers: 3, tellerMean: 4, atLeast: 4, machineMean: 2 };
    const blueprint = lobbyBlueprint(lobby, 40_000, 8);
    blueprint.steps.push({
      id: 'ask',
      kind: 'decision',
      lane: 'customer',
      label: 'Can use the machine?',
      duration: { type: 'fixed', value: 1 },
    });
    const toMachine = blueprint.flows.find((flow) => flow.id === 'greet--machine')!;
    toMachine.id = 'greet--ask';
    toMachine.to = 'ask';
    blueprint.flows.push(
      { id: 'ask--machine', from: 'ask', to: 'machine', probability: 0.5 },
      { id: 'ask--teller', from: 'ask', to: 'teller', probability: 0.5 },
    );
    const tellers = pool(blueprint, 'tellers');
    const machine = pool(blueprint, 'machine');
    const results = [11, 12, 13].map((seed) => simulate(blueprint, { seed }));
    const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;
    const share = mean(results.map((r) => r.diversions!['greet--ask']!.share.mean));
    const tellerWait = mean(results.map((r) => r.steps.teller!.wait!.mean));
    const machineBusy = mean(results.map((r) => r.resources.machine!.busyUnits.mean));
    const estimatedShare = machine.offeredLoad / (lobby.lambda * 0.5 * lobby.machineMean);
    // Measured: 0.311 sent on, tellers' wait 3.43 min, machine busy 0.248 (estimated 0.312,
    // 3.54, 0.249); had those who come back joined whatever the line, 0.267 and 3.06.
    expect(
      Math.abs(estimatedShare / share - 1),
      `share ${estimatedShare} against ${share}`,
    ).toBeLessThan(0.05);
    expect(
      Math.abs(tellers.meanWaitMinutes! / tellerWait - 1),
      `tellers' wait ${tellers.meanWaitMinutes} against ${tellerWait}`,
    ).toBeLessThan(0.08);
    expect(Math.abs(machine.offeredLoad / machineBusy - 1)).toBeLessThan(0.05);
  });
});
