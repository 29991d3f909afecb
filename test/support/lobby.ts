/**
 * The lobby manager's diversion in its simplest form, shared by the tests that hold the
 * simulator and the estimates against its Markov chain (test/sim/diversionMarkov.test.ts
 * explains the chain): Poisson arrivals meet a greeter who sends them to a deposit machine
 * while N or more wait for c tellers, exponential services everywhere.
 */
import type { Blueprint } from '../../src/model/index.ts';
import { balanceResidual, stationary } from './markovChain.ts';
import { leaveStep } from './builders.ts';

export interface Lobby {
  /** Arrivals per minute. */
  lambda: number;
  tellers: number;
  tellerMean: number;
  /** Divert when at least this many wait for the tellers. */
  atLeast: number;
  machineMean: number;
}

export interface Figures {
  diverted: number;
  tellerQueue: number;
  tellerWait: number;
  machineWait: number;
}

/** The chain's figures, with the machine's queue cut at `cut` customers. */
export function chainFigures(lobby: Lobby, cut = 80): Figures & { tail: number; residual: number } {
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

export function lobbyBlueprint(lobby: Lobby, horizon: number, replications: number): Blueprint {
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
      leaveStep('done'),
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

/** Two lobbies at or over the tellers' capacity without the rule, with their names. */
export const LOBBIES: [string, Lobby][] = [
  [
    '2 tellers at ρ = 1, N = 3',
    { lambda: 0.5, tellers: 2, tellerMean: 4, atLeast: 3, machineMean: 3 },
  ],
  [
    '3 tellers at ρ = 1.07, N = 5',
    { lambda: 0.8, tellers: 3, tellerMean: 4, atLeast: 5, machineMean: 2.5 },
  ],
];
