/**
 * The failure fits of an event log as the dialog's items: one per fitted step, with a
 * tick box (writable), and leaving one out keeps its step's failure probability as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibrationJob } from '../../../src/app/calibrate/calibrationJob.ts';
import { fitItems, keptFits } from '../../../src/app/calibrate/selection.ts';
import { applyCalibration } from '../../../src/calibrate/index.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';
import { LOAN_LOG } from '../../../scripts/logs/loanEventLog.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const loaded = loadBlueprintText(
  readFileSync(join(root, 'blueprints/loan-application.json'), 'utf8'),
);
if (!loaded.ok) throw new Error('the loan example does not load');
const blueprint = loaded.blueprint;

describe('failure fits in the dialog', () => {
  it('lists each fitted failure as a writable item that can be left out', async () => {
    const log = new Blob([readFileSync(join(root, 'data/logs/loan-application-events.csv'))]);
    const job = await runCalibrationJob(
      log,
      blueprint,
      {
        binMinutes: 60,
        timeZone: '+08:00',
        map: {
          kind: 'event',
          columns: {
            caseId: 'case_id',
            activity: 'activity',
            start: 'start_timestamp',
            complete: 'complete_timestamp',
            resource: 'resource',
          },
          steps: Object.fromEntries(
            Object.values(LOAN_LOG.activities).map((a) => [a.name, a.step]),
          ),
        },
      },
      () => undefined,
    );
    if (job.kind !== 'read' || !job.outcome.ok) throw new Error('the loan log did not fit');
    const { fits, read } = job.outcome;
    expect(fits.failures.length).toBeGreaterThan(0);
    const items = fitItems(blueprint, fits).filter((item) => item.kind === 'failure');
    expect(items.map((item) => item.target)).toEqual(fits.failures.map((f) => f.step));
    expect(items.every((item) => item.writable)).toBe(true);

    const step = fits.failures[0]!.step;
    const before = blueprint.steps.find((s) => s.id === step)!.failure!.probability;
    const source = { log: 'loan.csv', summary: read.summary };
    const kept = applyCalibration(blueprint, keptFits(fits, new Set()), source);
    const left = applyCalibration(blueprint, keptFits(fits, new Set([`failure:${step}`])), source);
    const probability = (b: typeof blueprint) =>
      b.steps.find((s) => s.id === step)!.failure!.probability;
    expect(probability(left)).toBe(before);
    expect(probability(kept)).not.toBe(before);
  });
});
