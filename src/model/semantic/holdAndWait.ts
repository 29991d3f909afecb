/**
 * Hold and wait: a customer who keeps one pool's units (`keepUntil`) while queueing for
 * another pool waits with those units in hand. When such holds form a circle (customers
 * keeping pool A queue for B while others keeping B queue for A), every unit of the pools
 * in the circle can end up kept by someone who waits, and then they all wait for ever: a
 * deadlock. The simulator stops such customers as stuck (docs/results-format.md, 5); this
 * check says beforehand which steps can cause it (docs/blueprint-format.md, 4.3).
 */
import { isProcessStep } from '../graph.ts';
import type { Step } from '../schema/step.ts';
import type { Check } from './context.ts';

/** Customers keeping `pool` from step `holder` queue for `waitPool` at step `waitStep`. */
interface HoldAndWait {
  holder: string;
  pool: string;
  waitStep: string;
  waitPool: string;
}

/** Where a customer goes next: customer flows only (a failure's goto releases what it holds). */
function customerSuccessors(
  flows: readonly { from: string; to: string; background?: boolean }[],
  steps: Map<string, Step>,
): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const flow of flows) {
    const from = steps.get(flow.from);
    const to = steps.get(flow.to);
    if (flow.background || !from || !to || !isProcessStep(from) || !isProcessStep(to)) continue;
    const list = next.get(flow.from);
    if (list) list.push(flow.to);
    else next.set(flow.from, [flow.to]);
  }
  return next;
}

/**
 * The pools a customer queues for while keeping `holder`'s pool: the steps reached from
 * the holder up to its `keepUntil` step (included) that name another pool. A step that
 * keeps its own pool hands the hold over to it (one span at a time), so the span ends there.
 */
function waitsWhileHolding(
  holder: Step,
  steps: Map<string, Step>,
  next: Map<string, string[]>,
  pools: Set<string>,
): HoldAndWait[] {
  const pool = holder.resource!.pool;
  const until = holder.resource!.keepUntil!;
  const found: HoldAndWait[] = [];
  const seen = new Set<string>();
  const queue = [...(next.get(holder.id) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const step = steps.get(id)!;
    const resource = step.resource;
    let handsOver = false;
    if (resource && resource.pool !== pool && pools.has(resource.pool)) {
      found.push({ holder: holder.id, pool, waitStep: id, waitPool: resource.pool });
      handsOver = resource.keepUntil !== undefined && resource.keepUntil !== id;
    }
    if (id === until || handsOver || step.exit) continue;
    queue.push(...(next.get(id) ?? []));
  }
  return found;
}

/** The shortest chain of pools from `from` to `to` along the hold-and-wait edges, or null. */
function chain(edges: Map<string, Set<string>>, from: string, to: string): string[] | null {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const pool = queue.shift()!;
    if (pool === to) {
      const path = [to];
      for (let at = to; at !== from;) path.unshift((at = previous.get(at)!));
      return path;
    }
    for (const target of edges.get(pool) ?? []) {
      if (!previous.has(target)) {
        previous.set(target, pool);
        queue.push(target);
      }
    }
  }
  return null;
}

export const checkHoldAndWait: Check = ({ blueprint, steps, report }) => {
  const pools = new Set((blueprint.resources ?? []).map((pool) => pool.id));
  const next = customerSuccessors(blueprint.flows, steps);
  const holds: HoldAndWait[] = [];
  for (const step of blueprint.steps) {
    const resource = step.resource;
    if (!isProcessStep(step) || !resource || !pools.has(resource.pool)) continue;
    const until = resource.keepUntil;
    // A keepUntil naming a missing or drawing-only step is an error reported elsewhere.
    if (until === undefined || until === step.id || !steps.has(until)) continue;
    holds.push(...waitsWhileHolding(step, steps, next, pools));
  }

  const edges = new Map<string, Set<string>>();
  for (const hold of holds) {
    const targets = edges.get(hold.pool) ?? new Set<string>();
    targets.add(hold.waitPool);
    edges.set(hold.pool, targets);
  }

  // One finding per holding step and pool it waits for, when that wait lies on a circle.
  const reported = new Set<string>();
  for (const hold of holds) {
    const key = JSON.stringify([hold.holder, hold.waitPool]);
    if (reported.has(key)) continue;
    const back = chain(edges, hold.waitPool, hold.pool);
    if (!back) continue;
    reported.add(key);
    const cycle = [hold.pool, ...back].join(' → ');
    const index = blueprint.steps.findIndex((step) => step.id === hold.holder);
    report({
      severity: 'warning',
      code: 'hold-and-wait-cycle',
      path: ['steps', index, 'resource', 'keepUntil'],
      params: {
        step: hold.holder,
        pool: hold.pool,
        waitStep: hold.waitStep,
        waitPool: hold.waitPool,
        cycle,
      },
      stepId: hold.holder,
    });
  }
};
