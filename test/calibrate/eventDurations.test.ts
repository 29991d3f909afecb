/**
 * Service times from an event log: each activity of the loan example's synthetic log
 * (scripts/logs/loanEventLog.ts, docs/calibration-logs.md, 7) fitted from its start and
 * complete times, the best candidate's mean interval holding the generating mean, on the
 * committed log and on logs generated with other seeds (the routing's own recovery is
 * eventRoutes.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalibrationCollector, fitCollected } from '../../src/calibrate/index.ts';
import { type NameMap } from '../../src/calibrate/matching.ts';
import { readLog } from '../../src/calibrate/logs/index.ts';
import { type Blueprint, type Distribution, loadBlueprintText } from '../../src/model/index.ts';
import { csvLine } from '../../scripts/logs/csvText.ts';
import { LOAN_LOG, loanEventRows } from '../../scripts/logs/loanEventLog.ts';
import { chunked, utf8 } from './logs/support.ts';

const root = new URL('../../', import.meta.url);
const loaded = loadBlueprintText(
  readFileSync(new URL('blueprints/loan-application.json', root), 'utf8'),
);
if (!loaded.ok) throw new Error('loan-application does not load');
const loan: Blueprint = loaded.blueprint;
const activities = Object.values(LOAN_LOG.activities);
const map: NameMap = {
  steps: Object.fromEntries(activities.map((a) => [a.name, a.step])),
};

function meanOf(duration: Distribution): number {
  if (duration.type === 'triangular') return (duration.min + duration.mode + duration.max) / 3;
  if (duration.type === 'lognormal') return duration.mean;
  throw new Error(`no mean for ${duration.type}`);
}

/** Each activity's best fitted mean, with its interval, from a log's bytes. */
async function fittedMeans(bytes: Uint8Array) {
  const collector = createCalibrationCollector(loan, map);
  const result = await readLog(chunked(bytes), {}, collector.handlers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const fits = fitCollected(loan, collector.collected, 'event', map);
  return new Map(
    fits.steps.map((fit) => {
      if (!fit.service.ok) throw new Error(`${fit.step}: ${fit.service.reason}`);
      return [fit.step, fit.service.best.mean] as const;
    }),
  );
}

describe('service times from the loan example’s event log', () => {
  it('holds each activity’s generating mean in its fitted interval', async () => {
    const means = await fittedMeans(
      readFileSync(new URL('data/logs/loan-application-events.csv', root)),
    );
    for (const activity of activities) {
      const fitted = means.get(activity.step)!;
      const truth = meanOf(activity.duration);
      expect(fitted.lower, activity.name).toBeLessThanOrEqual(truth);
      expect(fitted.upper, activity.name).toBeGreaterThanOrEqual(truth);
    }
  });

  it('holds them in most of 20 logs generated with other seeds', async () => {
    const held = new Map(activities.map((a) => [a.step, 0]));
    for (let seed = 300; seed < 320; seed++) {
      const rows = [...loanEventRows(10, seed)].map((row) => `${csvLine(row)}\n`).join('');
      const means = await fittedMeans(utf8(rows));
      for (const activity of activities) {
        const fitted = means.get(activity.step)!;
        const truth = meanOf(activity.duration);
        if (fitted.lower <= truth && truth <= fitted.upper)
          held.set(activity.step, held.get(activity.step)! + 1);
      }
    }
    // 95 % nominal: fewer than 16 of 20 has a chance of under 2 % for an exact interval.
    for (const [step, count] of held) expect(count, step).toBeGreaterThanOrEqual(16);
  });
});
