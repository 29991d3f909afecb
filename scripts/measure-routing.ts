/**
 * How long routing every flow around the steps takes (diagram/flowRoutes.ts), in Node:
 * on the generated blueprint of the browser measurements (columns of five steps, each
 * flowing to the next) and on the same with a flow from each step to one three columns
 * on and a lane lower, which has to find its way past the boxes between.
 *
 *   npx tsx scripts/measure-routing.ts [--steps 200] [--repeat 20]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Blueprint } from '../src/model/index.ts';
import { flowRoutes } from '../src/app/diagram/flowRoutes.ts';
import { layoutDiagram } from '../src/app/diagram/layout.ts';
import { generatedBlueprint } from './measureSupport.ts';

const { values: options } = parseArgs({
  options: {
    steps: { type: 'string', default: '200' },
    repeat: { type: 'string', default: '20' },
  },
});
const count = Number(options.steps);
const repeat = Number(options.repeat);

function tangled(blueprint: Blueprint): Blueprint {
  const jumps = blueprint.steps.slice(0, -16).map((step, index) => ({
    id: `jump-${index}`,
    from: step.id,
    to: blueprint.steps[index + 16]!.id,
  }));
  return { ...blueprint, flows: [...blueprint.flows, ...jumps] };
}

function measure(name: string, blueprint: Blueprint): void {
  const diagram = layoutDiagram(blueprint);
  flowRoutes(diagram, true); // warm up
  const times: number[] = [];
  for (let run = 0; run < repeat; run += 1) {
    const start = performance.now();
    flowRoutes(diagram, true);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${name}: ${diagram.steps.length} steps, ${diagram.flows.length} flows routed in ` +
      `${median.toFixed(1)} ms (median of ${repeat}; fastest ${times[0]!.toFixed(1)} ms, ` +
      `slowest ${times[times.length - 1]!.toFixed(1)} ms)`,
  );
}

const chain = generatedBlueprint(count);
measure('chain', chain);
measure('tangled', tangled(chain));
