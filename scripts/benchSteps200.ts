/**
 * A generated 200-step blueprint: a mortgage file passing through 20 stages of 10
 * process steps each. Every stage has a two-way branch that merges again, some stages a
 * rework loop (a failed check sends the file back to the stage's start) or a system retry,
 * so the engine's routing, failure and queueing paths are all exercised, not just a line.
 * Pool sizes are derived from the offered load, so every pool is about 80 % busy whatever
 * the durations: stable, but with real queues.
 */
import type { Blueprint, Distribution, Flow, Step } from '../src/model/index.ts';
import { compile } from '../src/sim/compile.ts';
import { offeredLoad } from '../src/sim/offeredLoad.ts';

const STAGES = [
  'identity',
  'income',
  'employment',
  'bureau',
  'collateral',
  'valuation',
  'insurance',
  'title',
  'aml',
  'sanctions',
  'affordability',
  'underwriting',
  'pricing',
  'offer',
  'acceptance',
  'legal',
  'funds',
  'disbursement',
  'registration',
  'archive',
];

const POOLS = ['advisors', 'clerks', 'specialists', 'core-banking', 'scanner'] as const;
const TARGET_UTILIZATION = 0.8;

const exp = (mean: number): Distribution => ({ type: 'exponential', mean });
const logn = (mean: number, sd: number): Distribution => ({ type: 'lognormal', mean, sd });

/** The ten steps of stage `k` and the flows inside it, entered at `${p}-ask`. */
function stage(k: number, next: string | undefined): { steps: Step[]; flows: Flow[] } {
  const p = STAGES[k]!;
  const action = (
    suffix: string,
    lane: Step['lane'],
    duration: Distribution,
    pool?: string,
  ): Step => ({
    id: `${p}-${suffix}`,
    kind: 'action',
    lane,
    label: `${p}: ${suffix}`,
    duration,
    ...(pool ? { resource: { pool } } : {}),
  });
  const steps: Step[] = [
    action('ask', 'frontstage', exp(1.5), 'advisors'),
    action('provide', 'customer', logn(4, 2)),
    action('scan', 'support', logn(0.3, 0.1), 'scanner'),
    { id: `${p}-route`, kind: 'decision', lane: 'backstage', label: `${p}: route` },
    action('standard', 'backstage', exp(1), 'clerks'),
    action('complex', 'backstage', logn(3, 1.5), 'specialists'),
    action('check', 'backstage', logn(0.8, 0.4), 'clerks'),
    action('post', 'support', logn(0.1, 0.05), 'core-banking'),
    action('inform', 'frontstage', exp(0.7), 'advisors'),
    action('confirm', 'customer', exp(0.5)),
  ];
  // Every fourth stage has a rework loop; the others may fail only at the system post.
  if (k % 4 === 1)
    steps[6]!.failure = { probability: 0.1, then: { action: 'goto', step: `${p}-ask` } };
  steps[7]!.failure = { probability: 0.02, then: { action: 'retry', maxRetries: 3 } };
  if (!next) steps[9]!.exit = { outcome: 'completed' };
  const flow = (from: string, to: string, probability?: number): Flow => ({
    id: `${p}-${from}--${to}`,
    from: `${p}-${from}`,
    to: `${p}-${to}`,
    ...(probability === undefined ? {} : { probability }),
  });
  const flows: Flow[] = [
    flow('ask', 'provide'),
    flow('provide', 'scan'),
    flow('scan', 'route'),
    flow('route', 'standard', 0.75),
    flow('route', 'complex', 0.25),
    flow('standard', 'check'),
    flow('complex', 'check'),
    flow('check', 'post'),
    flow('post', 'inform'),
    flow('inform', 'confirm'),
  ];
  if (next) flows.push({ id: `${p}--${next}`, from: `${p}-confirm`, to: next });
  return { steps, flows };
}

/** The 200-step blueprint, arrivals at `perMinute`, pools sized for about 80 % utilization. */
export function steps200(perMinute: number, run: Blueprint['run']): Blueprint {
  const stages = STAGES.map((_, k) =>
    stage(k, k + 1 < STAGES.length ? `${STAGES[k + 1]!}-ask` : undefined),
  );
  const blueprint: Blueprint = {
    format: 'blueprint-lab',
    version: 4,
    id: 'bench-steps200',
    name: 'Mortgage file, 200 steps',
    steps: stages.flatMap((s) => s.steps),
    flows: stages.flatMap((s) => s.flows),
    resources: POOLS.map((id) => ({
      id,
      kind: id === 'core-banking' || id === 'scanner' ? 'system' : 'staff',
      label: id,
      capacity: 1,
    })),
    arrivals: { type: 'poisson', entry: stages[0]!.steps[0]!.id, perHour: perMinute * 60 },
    run,
  };
  const load = offeredLoad(compile(blueprint));
  blueprint.resources!.forEach((pool, i) => {
    pool.capacity = Math.ceil(load[i]! / TARGET_UTILIZATION);
  });
  return blueprint;
}
