/**
 * `calibrate --day-type ID --dates …`: the days of a blueprint day type named on the
 * command line, as the app's Calibrate dialog ticks them. The profile comes from the other
 * days and the day type's arrivalFactor from its own, written with provenance; a bad
 * date, a date the log does not have or a day type the blueprint does not have is an
 * error naming it, and nothing is written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../src/model/index.ts';
import { deposit, root, run } from './support.ts';

const tickets = join(root, 'data/logs/counter-deposit-tickets.csv');
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-calibrate-dates-'));
const MONTH_ENDS = ['2026-03-05', '2026-03-12'];

const calibrate = (...args: string[]) =>
  run(['calibrate', tickets, '--blueprint', deposit, ...args]);

describe('calibrate --day-type ID --dates', () => {
  it('fits the profile from the other days and the day type’s factor from its own, and writes both', async () => {
    const out = join(dir, 'month-end.json');
    const { code, stdout, stderr } = await calibrate(
      '--day-type',
      'month-end',
      '--dates',
      // Out of order and repeated: read as the set of days.
      `${MONTH_ENDS[1]},${MONTH_ENDS[0]},${MONTH_ENDS[1]}`,
      '--json',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // All the days, as calibrate without --dates pools them.
    const daily = JSON.parse((await calibrate('--json')).stdout).arrivals.group;
    expect(daily.dates).toHaveLength(15);
    const others = daily.dates.filter((date: string) => !MONTH_ENDS.includes(date));
    expect(report.arrivals.group.dates).toEqual(others);
    const factor = report.dayFactor;
    expect(factor).toMatchObject({ dayType: 'month-end', dates: MONTH_ENDS, others });
    expect(factor.arrivals + factor.otherArrivals).toBe(daily.total);
    expect(factor.otherArrivals).toBe(report.arrivals.group.total);
    expect(factor.factor.value).toBeCloseTo(factor.arrivals / 2 / (factor.otherArrivals / 13), 10);
    expect(factor.factor.lower).toBeLessThan(factor.factor.value);
    expect(factor.factor.upper).toBeGreaterThan(factor.factor.value);

    const written = loadBlueprintText(readFileSync(out, 'utf8'));
    if (!written.ok) throw new Error('the calibrated file does not load');
    const monthEnd = written.blueprint.dayTypes!.find((d) => d.id === 'month-end')!;
    expect(monthEnd.arrivalFactor).toBe(Number(factor.factor.value.toPrecision(4)));
    // The other day types keep theirs.
    expect(written.blueprint.dayTypes!.find((d) => d.id === 'pension')!.arrivalFactor).toBe(1.5);
    expect(written.blueprint.calibration!.values).toContainEqual(
      expect.objectContaining({
        target: 'dayTypes.month-end.arrivalFactor',
        observations: daily.total,
      }),
    );
  });

  it('says the factor, its days and where it was written, in English and Chinese', async () => {
    const dates = MONTH_ENDS.join(',');
    const en = await calibrate('--day-type', 'month-end', '--dates', dates);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('the 13 days not of day type month-end pooled');
    expect(en.stdout).toMatch(
      /Arrival factor of day type Month end \(month-end\), from its days in --dates\n {2}× \d\.\d{3} \(\d\.\d{3} – \d\.\d{3}\) the other days’ arrivals a day: \d+ arrivals on its 2 days, \d+ on the other 13\n {2}its days: 2026-03-05, 2026-03-12\n {2}→ dayTypes\.month-end\.arrivalFactor = \d\.\d+\n/,
    );
    expect(en.stdout).toContain('the profile written is that of the days not given in --dates');
    const zh = await calibrate('--day-type', 'month-end', '--dates', dates, '--lang', 'zh-CN');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('「month-end」以外的 13 天合并');
    expect(zh.stdout).toMatch(/营业日类型「月末」（month-end）的到达倍数，按 --dates 所列日子/);
    expect(zh.stdout).toMatch(/其 2 天共到达 \d+ 人，其余 13 天共到达 \d+ 人/);
    expect(zh.stdout).toMatch(/→ 写入 dayTypes\.month-end\.arrivalFactor = \d\.\d+/);
  });

  it('names a date that is no date, and writes nothing', async () => {
    const out = join(dir, 'bad-date.json');
    const { code, stderr } = await calibrate(
      '--day-type',
      'month-end',
      '--dates',
      '2026-03-05,2026-02-30',
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--dates: "2026-02-30" is not a date YYYY-MM-DD');
    expect(existsSync(out)).toBe(false);
    const empty = await calibrate('--day-type', 'month-end', '--dates', '2026-03-05,');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--dates has an empty item in "2026-03-05,"');
  });

  it('names the dates the log does not have, with the log’s days', async () => {
    const out = join(dir, 'not-in-log.json');
    const { code, stderr } = await calibrate(
      '--day-type',
      'month-end',
      '--dates',
      '2026-03-05,2026-03-07,2026-04-30',
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${tickets}: --dates: 2026-03-07, 2026-04-30 are not days of the log (its 15 days: 2026-03-02 – 2026-03-20)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('needs a day type of the blueprint, and says so for a weekday or a missing --day-type', async () => {
    const unknown = await calibrate('--day-type', 'payday', '--dates', '2026-03-05');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `${deposit}: --day-type payday with --dates: the blueprint has no such day type (its day types: ordinary, month-end, pension)\n`,
    );
    const weekday = await calibrate('--day-type', 'thu', '--dates', '2026-03-05');
    expect(weekday.code).toBe(2);
    expect(weekday.stderr).toContain("--day-type thu without --dates fits the log's days");
    const alone = await calibrate('--dates', '2026-03-05');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--dates needs --day-type ID');
  });

  it('is in the command’s help', async () => {
    const { stdout } = await run(['calibrate', '--help']);
    expect(stdout).toContain('--dates D1,D2…');
  });
});
