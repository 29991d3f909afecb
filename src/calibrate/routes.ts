/**
 * What an event log says about routing: which flow a case took out of each step with two
 * flows out or more (decisions included, which a workflow system seldom logs as an
 * activity), and how often an activity was done again (a failure sent back to it).
 *
 * A case's next activity after step A is step B. When no flow joins them, the case went
 * through steps the log does not record (a decision, the applicant gathering papers): the
 * one shortest chain of flows from A to B through such steps is the route taken, and each
 * flow on it out of a step with two flows out or more counts once. No chain, or two
 * chains as short, is reported, never guessed. The same step again is a repeat: the
 * attempt before it failed (docs/calibration-methods.md, 9.2).
 */
import { type Estimate, type Shares, fitShares } from '../analysis/fit/index.ts';
import type { Blueprint, Flow } from '../model/index.ts';
import type { Collected } from './collect.ts';
import type { CalibrationNote } from './fitTypes.ts';

export interface BranchFit {
  readonly step: string;
  /** Keyed by the id of the flow taken. */
  readonly shares: Shares;
}

export interface FailureFit {
  readonly step: string;
  /** Activity rows of the step: its attempts. */
  readonly attempts: number;
  /** Attempts followed by the same step again in the case. */
  readonly repeats: number;
  /** repeats / attempts, with Wilson's interval: written to the step's `failure.probability`. */
  readonly probability: Estimate;
}

type Route = { kind: 'flows'; flows: Flow[] } | { kind: 'none' } | { kind: 'ambiguous' };

/** The one shortest chain of customer flows from `from` to `to` through unlogged steps. */
function routeBetween(
  outOf: ReadonlyMap<string, Flow[]>,
  logged: ReadonlySet<string>,
  from: string,
  to: string,
): Route {
  // Breadth first, counting the shortest chains to each step (two or more: ambiguous).
  const chains = new Map<string, { count: number; via?: Flow }>([[from, { count: 1 }]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    const reached = new Map<string, { count: number; via?: Flow }>();
    for (const step of frontier) {
      for (const flow of outOf.get(step) ?? []) {
        if (chains.has(flow.to)) continue;
        const entry = reached.get(flow.to) ?? { count: 0 };
        entry.count += chains.get(step)!.count;
        entry.via ??= flow;
        reached.set(flow.to, entry);
      }
    }
    for (const [step, entry] of reached) {
      chains.set(step, entry);
      if (step !== to && !logged.has(step)) next.push(step);
    }
    if (chains.has(to)) break;
    frontier = next;
  }
  const end = chains.get(to);
  if (end === undefined) return { kind: 'none' };
  if (end.count > 1) return { kind: 'ambiguous' };
  const flows: Flow[] = [];
  for (let at = to; at !== from;) {
    const via = chains.get(at)!.via!;
    flows.unshift(via);
    at = via.from;
  }
  return { kind: 'flows', flows };
}

export function routesOf(
  blueprint: Blueprint,
  collected: Collected,
  confidence: number,
  notes: CalibrationNote[],
): { branches: BranchFit[]; failures: FailureFit[] } {
  // Routes follow background flows too (an event log keeps the background work in the
  // case: the disbursement after the countersigning); branches are the customer's flows.
  const outOf = new Map<string, Flow[]>();
  const routesOut = new Map<string, Flow[]>();
  for (const flow of blueprint.flows) {
    routesOut.set(flow.from, [...(routesOut.get(flow.from) ?? []), flow]);
    if (flow.background !== true) outOf.set(flow.from, [...(outOf.get(flow.from) ?? []), flow]);
  }
  const logged = new Set(collected.visits.keys());
  const taken = new Map<string, Map<string, number>>();
  const repeats = new Map<string, number>();
  for (const [from, nextCounts] of collected.transitions) {
    for (const [to, count] of nextCounts) {
      if (to === from) {
        repeats.set(from, (repeats.get(from) ?? 0) + count);
        continue;
      }
      const route = routeBetween(routesOut, logged, from, to);
      if (route.kind !== 'flows') {
        const code = route.kind === 'none' ? 'transition-without-flow' : 'ambiguous-route';
        notes.push({ code, params: { from, to, count } });
        continue;
      }
      for (const flow of route.flows) {
        if (flow.background === true || (outOf.get(flow.from)?.length ?? 0) < 2) continue;
        const counts = taken.get(flow.from) ?? new Map<string, number>();
        counts.set(flow.id, (counts.get(flow.id) ?? 0) + count);
        taken.set(flow.from, counts);
      }
    }
  }

  const branches: BranchFit[] = [];
  for (const [step, counts] of taken) {
    const out = outOf.get(step)!;
    const all = Object.fromEntries(out.map((f) => [f.id, counts.get(f.id) ?? 0]));
    branches.push({ step, shares: fitShares(all, { confidence }) });
    // The log has no class: one share for every class replaces the flows' per-class chances.
    if (out.some((f) => f.classProbability !== undefined))
      notes.push({ code: 'class-probability-replaced', params: { step } });
  }

  const failures: FailureFit[] = [];
  for (const [step, attempts] of collected.visits) {
    const repeated = repeats.get(step) ?? 0;
    const failure = blueprint.steps.find((s) => s.id === step)?.failure;
    const comesBack = failure?.then.action === 'retry' || failure?.then.action === 'goto';
    if (failure === undefined && repeated === 0) continue;
    // A repeat needs a failure that brings the case back; a failure that does not is kept.
    if (!comesBack) {
      if (repeated > 0)
        notes.push({ code: 'repeat-without-failure', params: { step, repeats: repeated } });
      continue;
    }
    const shares = fitShares({ fail: repeated, pass: attempts - repeated }, { confidence });
    failures.push({
      step,
      attempts,
      repeats: repeated,
      probability: shares.shares[0]!.share,
    });
  }
  const byStep = (a: { step: string }, b: { step: string }) => a.step.localeCompare(b.step);
  return { branches: branches.sort(byStep), failures: failures.sort(byStep) };
}
