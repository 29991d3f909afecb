/**
 * The benchmark's fixed models (besides the generated 200-step one in benchSteps200.ts).
 * Built here rather than taken from test/support so that edits to the tests cannot
 * silently change what the benchmark measures.
 */
import { readFileSync } from 'node:fs';
import {
  type Blueprint,
  type LoadResult,
  hasErrors,
  loadBlueprintText,
} from '../src/model/index.ts';

/** M/M/3 at ρ = 0.9: 2.7 arrivals a minute, exponential service of mean 1 minute. */
export const MM3_PER_MINUTE = 2.7;

/** One pooled station with Poisson arrivals: the textbook M/M/c as a blueprint. */
export function mm3(run: Blueprint['run']): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'bench-mm3',
    name: 'M/M/3 at 90 %',
    steps: [
      {
        id: 'serve',
        kind: 'action',
        lane: 'frontstage',
        label: 'Serve',
        duration: { type: 'exponential', mean: 1 },
        resource: { pool: 'servers' },
      },
      {
        id: 'done',
        kind: 'action',
        lane: 'customer',
        label: 'Done',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [{ id: 'out', from: 'serve', to: 'done' }],
    resources: [{ id: 'servers', kind: 'staff', label: 'Servers', capacity: 3 }],
    arrivals: { type: 'poisson', entry: 'serve', perHour: MM3_PER_MINUTE * 60 },
    run,
  };
}

/**
 * A steady run of `minutes` with no warm-up: every simulated customer is then counted in
 * the results, so customers/s is not inflated by uncounted warm-up work.
 */
export function steady(minutes: number, replications: number, seed = 2026): Blueprint['run'] {
  return { mode: 'steady', horizon: minutes, warmup: 0, replications, seed };
}

/** Reads and checks a blueprint file of the repository; a file with errors stops the bench. */
export function loadChecked(relativePath: string): Blueprint {
  const text = readFileSync(new URL(`../${relativePath}`, import.meta.url), 'utf8');
  return checked(loadBlueprintText(text), relativePath);
}

/** The checked blueprint, or an error listing the findings. */
export function checked(result: LoadResult, what: string): Blueprint {
  if (!result.ok || hasErrors(result.findings)) {
    const messages = result.findings.map((f) => `${f.path}: ${f.message}`).join('\n');
    throw new Error(`${what} does not pass the checks:\n${messages}`);
  }
  return result.blueprint;
}
