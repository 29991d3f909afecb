/**
 * The engine runs unchanged in a Web Worker in Chromium and gives exactly the results it
 * gives in Node for the same blueprint and seed.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';

test('the counter deposit gives identical results in the worker and in Node', async ({ page }) => {
  const loaded = loadBlueprintText(
    readFileSync(new URL('../../blueprints/counter-deposit.json', import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error('the example does not load');
  const options = { replications: 3, seed: 77 };
  const inNode = JSON.stringify(simulate(loaded.blueprint, options));

  await page.goto('/');
  const inWorker = await page.evaluate(
    ({ blueprintText, options }) =>
      new Promise<{ results: string; progress: number }>((resolve, reject) => {
        const worker = new Worker('/src/app/worker/simulation.worker.ts', { type: 'module' });
        let progress = 0;
        worker.onmessage = (event) => {
          const reply = event.data;
          if (reply.type === 'progress') progress = reply.done;
          else if (reply.type === 'done')
            resolve({ results: JSON.stringify(reply.results), progress });
          else reject(new Error(reply.message));
        };
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ type: 'run', id: 1, blueprint: JSON.parse(blueprintText), options });
      }),
    // Passed as text: Playwright's types for a whole blueprint are too deep for the checker.
    { blueprintText: JSON.stringify(loaded.blueprint), options },
  );
  expect(inWorker.progress).toBe(3);
  expect(inWorker.results).toBe(inNode);
});
