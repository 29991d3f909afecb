/**
 * The engine words its warnings in English for the command line (docs/results-format.md,
 * section 5). The panel recognises the documented sentences to word them in the UI
 * language with the pool's name; a sentence it does not recognise (reworded, or new) is
 * shown as it is, so nothing is ever hidden.
 */

export type RunWarning =
  | {
      kind: 'overload';
      poolId: string;
      /** Offered load and average capacity in units, as the engine rounded them. */
      load: number;
      capacity: number;
      /** Load over capacity, 0..; null when the capacity is 0. */
      busy: number | null;
      /** day: queues build up; givingUp: only impatience bounds it; unstable: no steady state. */
      context: 'day' | 'givingUp' | 'unstable';
    }
  | { kind: 'loop'; count: number; steps: number }
  | { kind: 'leftInside'; count: number }
  | { kind: 'other'; text: string };

const OVERLOAD =
  /^(\S+): offered load ([\d.]+) units against a capacity of ([\d.]+) \((?:(\d+) %|over 100 %) busy\)(.*)$/;
const CONTEXTS: [RegExp, 'day' | 'givingUp' | 'unstable'][] = [
  [/^ during opening hours/, 'day'],
  [/^: only customers giving up/, 'givingUp'],
  [/^: no steady state/, 'unstable'],
];
const LOOP =
  /^(\d+) (?:customer|customers) or (?:piece|pieces) of background work (?:was|were) stopped after (\d+) steps/;
const LEFT_INSIDE = /^(\d+) (?:customer|customers) (?:was|were) still inside/;

export function readWarning(text: string): RunWarning {
  const overload = OVERLOAD.exec(text);
  if (overload) {
    const context = CONTEXTS.find(([pattern]) => pattern.test(overload[5]!))?.[1];
    if (context) {
      return {
        kind: 'overload',
        poolId: overload[1]!,
        load: Number(overload[2]),
        capacity: Number(overload[3]),
        busy: overload[4] === undefined ? null : Number(overload[4]) / 100,
        context,
      };
    }
  }
  const loop = LOOP.exec(text);
  if (loop) return { kind: 'loop', count: Number(loop[1]), steps: Number(loop[2]) };
  const inside = LEFT_INSIDE.exec(text);
  if (inside) return { kind: 'leftInside', count: Number(inside[1]) };
  return { kind: 'other', text };
}
