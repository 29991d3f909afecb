/**
 * Blueprints whose runs would never end or would fill the memory, found before the run:
 * background work that multiplies, arrival rates no process sees, more bookings than a
 * day can hold. Errors: the simulator would run until its budget stops it (docs/blueprint-format.md, 4.9).
 */
import { failureChanceFor } from '../classService.ts';
import { stronglyConnected } from '../components.ts';
import { DEFAULTS } from '../defaults.ts';
import { arrivalStreams, isProcessFlow, isProcessStep } from '../graph.ts';
import { type ClassId, classIdsOf, flowChance, flowIsOpenTo, isConditional } from '../routing.ts';

import type { Check, CheckContext } from './context.ts';

/** Arrivals per hour above which a rate is refused: a thousand a minute. */
export const MAX_ARRIVALS_PER_HOUR = 60_000;
/** Customers booked per day (all appointment streams together) above which they are refused. */
export const MAX_BOOKINGS = 100_000;

/**
 * Expected new jobs at each step per job finishing step `from`, for one class: the
 * continuation along customer flows or a failure's goto, plus background work started.
 * A flow taken by a queue's length is taken at the steps in `ruled` (their line long) and
 * not elsewhere, where the chances are among the other flows.
 */
function offspring(
  context: CheckContext,
  classId: ClassId,
  ruled: ReadonlySet<number>,
): Map<number, Map<number, number>> {
  const { blueprint, steps } = context;
  const index = new Map(blueprint.steps.map((step, i) => [step.id, i]));
  const out = new Map<number, Map<number, number>>();
  const add = (from: number, to: number, mean: number): void => {
    if (mean <= 0) return;
    const row = out.get(from) ?? new Map<number, number>();
    row.set(to, (row.get(to) ?? 0) + mean);
    out.set(from, row);
  };
  const flowsFrom = new Map<string, typeof blueprint.flows>();
  for (const flow of blueprint.flows) {
    if (!isProcessFlow(flow, steps) || !flowIsOpenTo(flow, classId)) continue;
    const list = flowsFrom.get(flow.from);
    if (list) list.push(flow);
    else flowsFrom.set(flow.from, [flow]);
  }
  blueprint.steps.forEach((step, from) => {
    if (!isProcessStep(step)) return;
    const failure = step.failure;
    const fail = failureChanceFor(step, classId);
    const then = failure?.then;
    // Background work and the way on follow success only; a retry tries again.
    const retries = then?.action === 'retry' ? (then.maxRetries ?? Infinity) : 0;
    const success = fail >= 1 && retries === Infinity ? 0 : 1 - fail ** (retries + 1);
    if (then?.action === 'goto') add(from, index.get(then.step) ?? -1, fail);
    const flows = flowsFrom.get(step.id) ?? [];
    const customer = step.exit ? [] : flows.filter((flow) => !flow.background);
    const rule = customer.find(isConditional);
    if (rule && ruled.has(from)) add(from, index.get(rule.to)!, success);
    else {
      const branches = customer.filter((flow) => !isConditional(flow));
      const given = branches.map((flow) => flowChance(flow, classId));
      const equal = given.every((chance) => chance === undefined);
      branches.forEach((flow, i) =>
        add(from, index.get(flow.to)!, success * (equal ? 1 / branches.length : (given[i] ?? 0))),
      );
    }
    for (const flow of flows.filter((f) => f.background)) {
      const chance = flowChance(flow, classId) ?? DEFAULTS.backgroundProbability;
      add(from, index.get(flow.to)!, success * chance);
    }
  });
  out.delete(-1);
  return out;
}

/**
 * Whether the expected-offspring matrix of a component has spectral radius ≥ 1 (the work
 * in it never dies out). Power iteration on M + I, which has the same eigenvector and
 * converges for any irreducible M; the Collatz–Wielandt bounds decide.
 */
function neverDiesOut(component: number[], out: Map<number, Map<number, number>>): boolean {
  const position = new Map(component.map((step, i) => [step, i]));
  let x = new Float64Array(component.length).fill(1);
  for (let iteration = 0; iteration < 500; iteration++) {
    const y = Float64Array.from(x);
    component.forEach((from, i) => {
      for (const [to, mean] of out.get(from) ?? []) {
        const j = position.get(to);
        if (j !== undefined) y[j]! += mean * x[i]!;
      }
    });
    let lower = Infinity;
    let upper = 0;
    let largest = 0;
    y.forEach((value, i) => {
      lower = Math.min(lower, value / x[i]!);
      upper = Math.max(upper, value / x[i]!);
      largest = Math.max(largest, value);
    });
    if (lower >= 2 - 1e-9) return true;
    if (upper < 2 - 1e-9) return false;
    x = y.map((value) => value / largest);
  }
  return true; // undecided after many rounds: the radius is 1 to within rounding
}

/** Steps with more queue rules than this are read as all lines long or all short, not each way. */
const MAX_RULED_STEPS = 8;

/**
 * The ways the lines can be for a class: at each step with a queue rule open to it, the
 * rule taken or not (every combination; the two extremes past MAX_RULED_STEPS steps).
 */
function lineReadings(context: CheckContext, classId: ClassId): Set<number>[] {
  const { blueprint, steps } = context;
  const index = new Map(blueprint.steps.map((step, i) => [step.id, i]));
  const ruledSteps = [
    ...new Set(
      blueprint.flows
        .filter(
          (flow) =>
            isConditional(flow) &&
            !flow.background &&
            isProcessFlow(flow, steps) &&
            flowIsOpenTo(flow, classId),
        )
        .map((flow) => index.get(flow.from)!),
    ),
  ];
  if (ruledSteps.length > MAX_RULED_STEPS) return [new Set(), new Set(ruledSteps)];
  return Array.from(
    { length: 2 ** ruledSteps.length },
    (_, mask) => new Set(ruledSteps.filter((_, bit) => (mask >> bit) & 1)),
  );
}

/**
 * Background work that never ends: for some class and some way the lines can be (a queue
 * rule may send everyone on or no one), the work the flow starts leads back to its step
 * and starts at least as much new work as itself.
 */
function checkMultiplyingWork(context: CheckContext): void {
  const { blueprint, steps, report } = context;
  const backgroundFlows = blueprint.flows
    .map((flow, index) => ({ flow, index }))
    .filter(({ flow }) => flow.background && isProcessFlow(flow, steps));
  if (backgroundFlows.length === 0) return;
  const index = new Map(blueprint.steps.map((step, i) => [step.id, i]));
  const reported = new Set<number>();
  for (const classId of classIdsOf(blueprint)) {
    for (const ruled of lineReadings(context, classId)) {
      const out = offspring(context, classId, ruled);
      const componentOf = new Int32Array(blueprint.steps.length).fill(-1);
      const all = stronglyConnected(blueprint.steps.length, (step) => out.get(step)?.keys() ?? []);
      all.forEach((component, c) => component.forEach((step) => (componentOf[step] = c)));
      for (const { flow, index: flowIndex } of backgroundFlows) {
        const from = index.get(flow.from)!;
        const c = componentOf[from]!;
        if (reported.has(flowIndex) || c !== componentOf[index.get(flow.to)!]) continue;
        if (!flowIsOpenTo(flow, classId)) continue;
        if (!neverDiesOut(all[c]!, out)) continue;
        reported.add(flowIndex);
        report({
          severity: 'error',
          code: 'background-multiplies',
          path: ['flows', flowIndex],
          params: { step: flow.from },
          stepId: flow.from,
        });
      }
    }
  }
}

function checkArrivalLimits(context: CheckContext): void {
  const { blueprint, report } = context;
  let booked = 0;
  let firstBookings: (string | number)[] | undefined;
  for (const { arrivals, path } of arrivalStreams(blueprint)) {
    const rates =
      arrivals.type === 'poisson'
        ? [{ perHour: arrivals.perHour, at: [...path, 'perHour'] }]
        : arrivals.type === 'profile'
          ? arrivals.periods.map((period, i) => ({
              perHour: period.perHour,
              at: [...path, 'periods', i, 'perHour'],
            }))
          : [];
    for (const { perHour, at } of rates) {
      if (perHour <= MAX_ARRIVALS_PER_HOUR) continue;
      report({
        severity: 'error',
        code: 'arrival-rate-too-high',
        path: at,
        params: { limit: MAX_ARRIVALS_PER_HOUR },
      });
    }
    if (arrivals.type === 'appointments') {
      booked += arrivals.slots.reduce((sum, slot) => sum + (slot.count ?? DEFAULTS.slotCount), 0);
      firstBookings ??= [...path, 'slots'];
    }
  }
  if (booked > MAX_BOOKINGS && firstBookings) {
    report({
      severity: 'error',
      code: 'too-many-bookings',
      path: firstBookings,
      params: { count: booked, limit: MAX_BOOKINGS },
    });
  }
}

export const checkRunaway: Check = (context) => {
  checkMultiplyingWork(context);
  checkArrivalLimits(context);
};
