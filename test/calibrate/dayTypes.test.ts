/**
 * Arrival profiles by day type: the blueprint has one profile for every day it simulates,
 * so calibrate writes the chosen day type's (--day-type) and reports every weekday's.
 * A log of four weeks whose Mondays bring twice the tickets of the other days.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type DayType,
  applyCalibration,
  createCalibrationCollector,
  fitCollected,
} from '../../src/calibrate/index.ts';
import { readLog } from '../../src/calibrate/logs/index.ts';
import { loadBlueprintText } from '../../src/model/index.ts';
import { chunked, utf8 } from './logs/support.ts';

const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
if (!loaded.ok) throw new Error('counter-deposit does not load');
const deposit = loaded.blueprint;

/** 09:00–11:00, evenly spaced: 20 tickets an hour on Mondays, 10 on other weekdays. */
function fourWeeks(): Uint8Array {
  let text = 'date,ticket time\n';
  for (let day = 0; day < 28; day++) {
    const date = new Date(Date.UTC(2026, 2, 2 + day)); // Monday 2 March 2026
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const perHour = weekday === 1 ? 20 : 10;
    const iso = date.toISOString().slice(0, 10);
    for (let i = 0; i < 2 * perHour; i++) {
      const minute = 540 + (i * 60) / perHour;
      const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      text += `${iso},${clock}\n`;
    }
  }
  return utf8(text);
}

async function fitsFor(dayType: DayType) {
  const collector = createCalibrationCollector(deposit, {}, { binMinutes: 60 });
  const result = await readLog(chunked(fourWeeks()), {}, collector.handlers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const fits = fitCollected(deposit, collector.collected, 'queue', {}, { dayType });
  return {
    fits,
    calibrated: applyCalibration(deposit, fits, { log: 'l.csv', summary: result.summary }),
  };
}

const perHourOf = (periods: readonly { perHour: number }[]) => periods.map((p) => p.perHour);

describe('arrival profiles by day type', () => {
  it('writes the chosen weekday’s profile and reports each weekday’s', async () => {
    const monday = await fitsFor('mon');
    expect(monday.fits.dayType).toBe('mon');
    expect(monday.fits.arrivals!.group.dates).toHaveLength(4);
    const arrivals = monday.calibrated.arrivals;
    expect(arrivals?.type === 'profile' && perHourOf(arrivals.periods)).toEqual([20, 20]);
    expect(monday.fits.dayTypes.map((g) => [g.key, g.dates.length, g.total])).toEqual([
      ['mon', 4, 160],
      ['tue', 4, 80],
      ['wed', 4, 80],
      ['thu', 4, 80],
      ['fri', 4, 80],
    ]);
    const tuesday = await fitsFor('tue');
    const other = tuesday.calibrated.arrivals;
    expect(other?.type === 'profile' && perHourOf(other.periods)).toEqual([10, 10]);
  });

  it('pools every day by default, and workdays alike when the log has no weekend', async () => {
    for (const dayType of ['all', 'workday'] as const) {
      const { calibrated } = await fitsFor(dayType);
      const arrivals = calibrated.arrivals;
      expect(arrivals?.type === 'profile' && perHourOf(arrivals.periods), dayType).toEqual([
        12, 12,
      ]);
    }
  });

  it('writes no profile for a day type the log does not have, and says so', async () => {
    const { fits, calibrated } = await fitsFor('sat');
    expect(fits.arrivals).toBeUndefined();
    expect(fits.notes).toContainEqual({ code: 'no-days-of-type', params: { dayType: 'sat' } });
    expect(calibrated.arrivals).toEqual(deposit.arrivals);
  });
});
