/**
 * A VIP window that serves ordinary customers when idle (a pool's `alsoServes`): the
 * branch as a blueprint and its continuous-time Markov chain, solved numerically
 * (markovChain.ts). See test/sim/alsoServesMarkov.test.ts for what the chain assumes.
 */
import type { Blueprint } from '../../src/model/index.ts';
import { balanceResidual, stationary } from './markovChain.ts';
import { twoWindows } from './twoWindows.ts';

export interface Branch {
  /** Arrivals per minute. */
  vipRate: number;
  ordinaryRate: number;
  vipMean: number;
  ordinaryMean: number;
  /** Ordinary windows. */
  windows: number;
}

export interface Figures {
  vipQueue: number;
  vipWait: number;
  ordinaryQueue: number;
  ordinaryWait: number;
  /** Of the ordinary customers served, the share the VIP window served. */
  share: number;
  /** The VIP window's utilisation by ordinary customers. */
  lentUtilization: number;
}

const IDLE = 0;
const VIP = 1;
const ORDINARY = 2;

export function chainFigures(
  branch: Branch,
  vipCut = 40,
  ordinaryCut = 120,
): Figures & { tail: number; residual: number; vipUtilization: number } {
  const { vipRate, ordinaryRate, windows } = branch;
  const muV = 1 / branch.vipMean;
  const muO = 1 / branch.ordinaryMean;
  const width = ordinaryCut + 1;
  const perWindowState = (vipCut + 1) * width;
  const encode = (s: number, qv: number, n: number): number => s * perWindowState + qv * width + n;
  const chain = {
    states: 3 * perWindowState,
    transitions(state: number, add: (to: number, rate: number) => void): void {
      const s = Math.floor(state / perWindowState);
      const qv = Math.floor((state % perWindowState) / width);
      const n = state % width;
      // States the process never visits (the window idle with someone waiting) keep
      // only a way out, so that they carry no probability.
      if (s === IDLE && (qv > 0 || n > windows)) return add(encode(IDLE, 0, 0), 1);
      // A VIP arrives: an idle window takes them, else they wait.
      if (s === IDLE) add(encode(VIP, 0, n), vipRate);
      else if (qv < vipCut) add(encode(s, qv + 1, n), vipRate);
      // An ordinary customer: a free ordinary window, else the idle VIP window, else the line.
      if (n < windows) add(encode(s, qv, n + 1), ordinaryRate);
      else if (s === IDLE) add(encode(ORDINARY, 0, n), ordinaryRate);
      else if (n < ordinaryCut) add(encode(s, qv, n + 1), ordinaryRate);
      // An ordinary window finishes (its next comes from the line: n falls by one either way).
      if (n > 0) add(encode(s, qv, n - 1), Math.min(n, windows) * muO);
      // The VIP window finishes: its own line first, then the ordinary line, else idle.
      if (s !== IDLE) {
        const rate = s === VIP ? muV : muO;
        if (qv > 0) add(encode(VIP, qv - 1, n), rate);
        else if (n > windows) add(encode(ORDINARY, 0, n - 1), rate);
        else add(encode(IDLE, 0, n), rate);
      }
    },
  };
  const pi = stationary(chain);
  let vipQueue = 0;
  let ordinaryQueue = 0;
  let lent = 0;
  let busy = 0;
  let tail = 0;
  pi.forEach((p, state) => {
    const s = Math.floor(state / perWindowState);
    const qv = Math.floor((state % perWindowState) / width);
    const n = state % width;
    vipQueue += qv * p;
    ordinaryQueue += Math.max(n - windows, 0) * p;
    if (s === ORDINARY) lent += p;
    if (s !== IDLE) busy += p;
    if (qv === vipCut || n === ordinaryCut) tail += p;
  });
  return {
    vipQueue,
    vipWait: vipQueue / vipRate,
    ordinaryQueue,
    ordinaryWait: ordinaryQueue / ordinaryRate,
    share: (lent * muO) / ordinaryRate,
    lentUtilization: lent,
    vipUtilization: busy,
    tail,
    residual: balanceResidual(chain, pi),
  };
}

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

export function vipBranch(branch: Branch, horizon: number, replications: number): Blueprint {
  const walkIns = (entry: string, perMinute: number) => ({
    type: 'poisson' as const,
    entry,
    perHour: perMinute * 60,
  });
  return twoWindows({
    id: 'vip-window',
    name: 'VIP window',
    vipService: exponential(branch.vipMean),
    ordinaryService: exponential(branch.ordinaryMean),
    vipArrivals: walkIns('vip-counter', branch.vipRate),
    ordinaryArrivals: walkIns('counter', branch.ordinaryRate),
    tellers: { capacity: branch.windows },
    vip: { alsoServes: ['tellers'] },
    run: { mode: 'steady', horizon, warmup: horizon / 10, replications },
  });
}
