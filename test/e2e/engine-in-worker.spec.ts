/**
 * The engine runs unchanged in the app's Web Workers in Chromium: the replications split
 * over several workers and combined give exactly the results one run gives in Node for
 * the same blueprint and seed.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';

test('the counter deposit gives identical results in the workers and in Node', async ({ page }) => {
  const loaded = loadBlueprintText(
    readFileSync(new URL('../../blueprints/counter-deposit.json', import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error('the example does not load');
  const options = { replications: 5, seed: 77 };
  const inNode = JSON.stringify(simulate(loaded.blueprint, options));

  await page.goto('/');
  const run = await page.evaluate(
    async ({ blueprintText, options }) => {
      const { outcome, progress } = await window.__blueprintLab!.runInWorkers(
        blueprintText,
        options,
      );
      return {
        results: outcome.kind === 'done' ? JSON.stringify(outcome.results) : outcome.kind,
        lastDone: progress.at(-1)?.done,
        workers: progress.at(-1)?.workers,
      };
    },
    // Passed as text: Playwright's types for a whole blueprint are too deep for the checker.
    { blueprintText: JSON.stringify(loaded.blueprint), options },
  );
  expect(run.lastDone).toBe(5);
  expect(run.workers).toBeGreaterThanOrEqual(2);
  expect(run.results).toBe(inNode);
});
