/** Little's law, L = λW, on every example blueprint: a check of the engine's bookkeeping. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';

const folder = new URL('../../blueprints/', import.meta.url);
const examples = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe.each(examples)("Little's law on %s", (name) => {
  it('holds for the whole system', () => {
    const loaded = loadBlueprintText(readFileSync(new URL(name, folder), 'utf8'));
    if (!loaded.ok) throw new Error(name);
    const results = simulate(loaded.blueprint, { replications: 5 });
    const { L, lambdaPerMinute, W } = results.system.little;
    expect(L.mean).toBeGreaterThan(0);
    const gap = Math.abs(L.mean - lambdaPerMinute.mean * W.mean) / L.mean;
    // A business day starts and ends empty, so the law holds exactly; a steady run is
    // cut off with customers inside, so it holds up to the ones still there.
    expect(gap).toBeLessThan(results.run.mode === 'day' ? 0.02 : 0.05);
    if (results.run.mode === 'day') expect(results.system.inSystemAtEnd.mean).toBe(0);
  });
});
