/** A run stopped by the engine's budget exits 3 with a plain message, not a stack trace. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalBlueprint } from '../support/builders.ts';
import { run } from './support.ts';

describe('simulate when the run cannot finish', () => {
  it('exits 3 and says which limit was reached', async () => {
    // Valid, but a thousand arrivals a minute at one teller: the queue grows without end.
    const blueprint = minimalBlueprint();
    blueprint.arrivals = { type: 'poisson', entry: 'arrive', perHour: 60_000 };
    blueprint.resources![0]!.capacity = 1;
    blueprint.run = { mode: 'steady', horizon: 10_000_000, replications: 1 };
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-budget-'));
    const file = join(dir, 'growing.json');
    writeFileSync(file, JSON.stringify(blueprint));
    const log = join(dir, 'events.csv');
    writeFileSync(log, 'an older log\n');
    const { code, stdout, stderr } = await run(['simulate', file, '--json', '--log', log]);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'the run could not finish: more than 1000000 customers and pieces of work inside at once (replication 1, minute',
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    // The unfinished run's log is thrown away; the older log under that name is untouched.
    expect(readFileSync(log, 'utf8')).toBe('an older log\n');
    expect(readdirSync(dir).sort()).toEqual(['events.csv', 'growing.json']);
  }, 60_000);
});
