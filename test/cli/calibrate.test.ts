/**
 * `blueprint-lab calibrate`: the report in English and Chinese, --json, --out (never over
 * an input), a messy log calibrated with its skipped rows reported, and usage errors that
 * name the option.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadBlueprintText, serializeBlueprint } from '../../src/model/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const deposit = join(root, 'blueprints/counter-deposit.json');
const tickets = join(root, 'data/logs/counter-deposit-tickets.csv');
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-calibrate-'));
const map = join(dir, 'map.json');
writeFileSync(
  map,
  JSON.stringify({
    kind: 'queue',
    columns: {
      ticket: '票号',
      date: '日期',
      businessType: '业务类型',
      ticketTime: '取号时间',
      callTime: '叫号时间',
      startTime: '开始办理时间',
      endTime: '办结时间',
      window: '窗口号',
      outcome: '状态',
    },
    steps: { 存款: 'c-hand-over' },
  }),
);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('blueprint-lab calibrate', () => {
  it('prints what was fitted, with intervals and fit quality, and writes nothing without --out', async () => {
    const { code, stdout, stderr } = await run([
      'calibrate',
      tickets,
      '--blueprint',
      deposit,
      '--map',
      map,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Calibration of Counter deposit \(counter-deposit\) from counter-deposit-tickets\.csv/,
    );
    expect(stdout).toMatch(/5443 rows, 5443 used, 0 skipped/);
    expect(stdout).toMatch(/09:00 +09:30 +\d+\.\d +\d+\.\d – \d+\.\d +\d+/);
    expect(stdout).toMatch(
      /存款: 3261 rows, \d+ durations → step c-hand-over\n +lognormal mean 4\.\d\d \(/,
    );
    expect(stdout).toMatch(
      /c-hand-over … f-print-stamp \(8 steps, a held span\) ← 存款: the log’s service, mean 4\.\d\d \(.*lognormal by AICc, K–S D 0\.\d{3}\), spread over the span: each step’s duration × [01]\.\d{3}\n +c-hand-over: \{"type":"triangular"/,
    );
    expect(stdout).toMatch(/pool tellers: capacity 4/);
    expect(stdout).toMatch(/取款 \(1389 rows\) matches no step/);
    expect(stdout).toMatch(/Nothing written: give --out FILE/);
  });

  it('writes the calibrated blueprint with --out, canonical and valid, with its provenance', async () => {
    const out = join(dir, 'calibrated.json');
    const { code, stdout } = await run([
      'calibrate',
      tickets,
      '--blueprint',
      deposit,
      '--map',
      map,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Calibrated blueprint written to ${out}`);
    const text = readFileSync(out, 'utf8');
    const loaded = loadBlueprintText(text);
    expect(loaded.ok && loaded.findings).toEqual([]);
    if (!loaded.ok) return;
    expect(serializeBlueprint(loaded.blueprint)).toBe(text);
    expect(loaded.blueprint.calibration?.log).toBe('counter-deposit-tickets.csv');
  });

  it('prints the same as JSON with --json', async () => {
    const { code, stdout } = await run([
      'calibrate',
      tickets,
      '--blueprint',
      deposit,
      '--map',
      map,
      '--json',
    ]);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.log).toMatchObject({ file: 'counter-deposit-tickets.csv', encoding: 'utf-8' });
    expect(data.log.summary.rows).toBe(5443);
    expect(data.names[0].service.candidates[0]).toHaveProperty('ks');
    expect(data.calibration.values.length).toBeGreaterThan(3);
    expect(data.out).toBeNull();
  });

  it('reports in Chinese with --lang zh-CN', async () => {
    const { code, stdout } = await run([
      'calibrate',
      tickets,
      '--blueprint',
      deposit,
      '--map',
      map,
      '--lang',
      'zh-CN',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用 counter-deposit-tickets\.csv 校准 柜台存款/);
    expect(stdout).toContain('每小时到达人数');
    expect(stdout).toContain('未写入文件');
    // The codes the fits carry are worded too: day types, weekdays, families.
    expect(stdout).toContain('日子类型「全部」');
    expect(stdout).toMatch(/^ {4}周一 +3 /m);
    expect(stdout).toMatch(/^ {4}对数正态分布 均值 4\.\d\d/m);
    expect(stdout).not.toMatch(/^ {4}(mon|tue|lognormal|gamma|exponential|empirical) /m);
    expect(stdout).not.toMatch(/类型的日子|次优 (lognormal|gamma|exponential|empirical)/);
  });

  it('says in words why a service time was not fitted, in English and Chinese', async () => {
    const few = join(dir, 'few.csv');
    writeFileSync(
      few,
      [
        '日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,状态',
        '2026-03-02,A001,存款,09:00,09:01,09:01,09:05,1,已办结',
        '2026-03-02,A002,取款,09:02,09:03,09:03,09:07,1,已办结',
        '2026-03-02,A003,取款,09:04,09:08,09:08,09:12,1,已办结',
      ].join('\n') + '\n',
    );
    const en = await run(['calibrate', few, '--blueprint', deposit]);
    expect(en.stdout).toContain('not fitted: fewer than two durations');
    expect(en.stdout).toContain('not fitted: every duration is 4.00 min');
    const zh = await run(['calibrate', few, '--blueprint', deposit, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('未拟合：时长少于两个');
    expect(zh.stdout).toContain('未拟合：所有时长都是 4.00 分钟');
    expect(zh.stdout).not.toMatch(/too-few|no-spread/);
  });

  it('calibrates a messy GBK log with its skipped rows reported by reason, without crashing', async () => {
    const messy = join(root, 'data/logs/messy-tickets-gbk.csv');
    const { code, stdout } = await run(['calibrate', messy, '--blueprint', deposit]);
    expect(code).toBe(0);
    for (const reason of [
      'duplicate',
      'missing-value',
      'ambiguous-date',
      'time-order',
      'bad-time',
      'blank-row',
    ])
      expect(stdout).toMatch(new RegExp(`${reason}: \\d+ rows \\(skipped\\), e\\.g\\. row \\d+`));
    expect(stdout).toMatch(/\d+ rows, \d+ used, [1-9]\d* skipped/);
  });

  it('reads the log exported from a spreadsheet, its times Excel serial numbers, to the same fits', async () => {
    // The sample log as Excel saves it to CSV when the cells have no date format: the date
    // a whole number of days since 1899-12-30, each time of day a fraction of a day.
    const serialOf = (text: string) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return String(Date.parse(text) / 86_400_000 + 25_569);
      const clock = /^(\d{2}):(\d{2}):(\d{2})$/.exec(text);
      if (clock === null) return text;
      const [, h, m, s] = clock.map(Number) as [number, number, number, number];
      return ((h * 3600 + m * 60 + s) / 86_400).toPrecision(15);
    };
    const lines = readFileSync(tickets, 'utf8').trimEnd().split('\n');
    const excel = join(dir, 'excel-tickets.csv');
    writeFileSync(
      excel,
      [lines[0], ...lines.slice(1).map((line) => line.split(',').map(serialOf).join(','))].join(
        '\n',
      ),
    );
    expect(readFileSync(excel, 'utf8')).toMatch(/\n46083,A001,存款,0\.375\d*,/);
    const fitsOf = async (log: string) => {
      const { code, stdout } = await run(['calibrate', log, '--blueprint', deposit, '--json']);
      expect(code).toBe(0);
      return JSON.parse(stdout) as {
        log: { summary: { used: number; excelSerialColumns?: string[] } };
        names: { name: string; service: { candidates: { mean: { value: number } }[] } }[];
      };
    };
    const [plain, serial] = [await fitsOf(tickets), await fitsOf(excel)];
    expect(serial.log.summary.used).toBe(plain.log.summary.used);
    expect(serial.log.summary.excelSerialColumns).toEqual([
      '日期',
      '取号时间',
      '叫号时间',
      '开始办理时间',
      '办结时间',
    ]);
    expect(plain.log.summary.excelSerialColumns).toBeUndefined();
    expect(serial.names.map((n) => n.name)).toEqual(plain.names.map((n) => n.name));
    serial.names.forEach((fit, i) =>
      expect(fit.service.candidates[0]!.mean.value).toBeCloseTo(
        plain.names[i]!.service.candidates[0]!.mean.value,
        9,
      ),
    );
    const report = await run(['calibrate', excel, '--blueprint', deposit]);
    expect(report.stdout).toContain(
      'times read as Excel serial numbers (days since 1899-12-30) in: 日期, 取号时间, 叫号时间',
    );
  });

  it('never writes over an input file', async () => {
    const copy = join(dir, 'copy.json');
    copyFileSync(deposit, copy);
    const before = readFileSync(copy, 'utf8');
    const { code, stderr } = await run(['calibrate', tickets, '--blueprint', copy, '--out', copy]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out .* would overwrite the input file/);
    expect(readFileSync(copy, 'utf8')).toBe(before);
  });

  it.each([
    [['calibrate', tickets], /--blueprint/],
    [['calibrate', '--blueprint', deposit], /exactly one LOG/],
    [['calibrate', tickets, '--blueprint', deposit, '--bin', '0'], /--bin must be a whole number/],
    [
      ['calibrate', tickets, '--blueprint', deposit, '--kind', 'tickets'],
      /--kind must be queue or event/,
    ],
    [['calibrate', tickets, '--blueprint', deposit, '--lang', 'fr'], /--lang must be en or zh-CN/],
    [
      ['calibrate', tickets, '--blueprint', deposit, '--date-order', 'ymd'],
      /--date-order must be dmy or mdy/,
    ],
    [['calibrate', tickets, '--blueprint', deposit, '--out', ''], /--out needs a value/],
  ])('usage error for %j names the option', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 naming the file for a log that is missing, and for a map that does not fit it', async () => {
    const missing = await run(['calibrate', join(dir, 'nope.csv'), '--blueprint', deposit]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: no such file/);
    const wrongMap = join(dir, 'wrong.json');
    writeFileSync(wrongMap, JSON.stringify({ kind: 'queue', columns: { ticketTime: 'Arrival' } }));
    const wrong = await run(['calibrate', tickets, '--blueprint', deposit, '--map', wrongMap]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong\.json: \$\.columns\.ticketTime: /);
    expect(existsSync(join(dir, 'calibrated-none.json'))).toBe(false);
  });

  it('writes nothing and exits 2 for a log of which no row can be used, each reason named', async () => {
    const header =
      '日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,柜员号,状态\n';
    const unusable = join(dir, 'unusable.csv');
    writeFileSync(unusable, `${header}2026-03-02,A001,存款,9:00:99,,,,1,G1,已办结\n`);
    const out = join(dir, 'calibrated-unusable.json');
    const skipped = await run(['calibrate', unusable, '--blueprint', deposit, '--out', out]);
    expect(skipped.code).toBe(2);
    expect(skipped.stdout).toBe('');
    expect(skipped.stderr).toMatch(
      /unusable\.csv: +bad-time: 1 rows \(skipped\), e\.g\. row 2: 取号时间 «9:00:99»/,
    );
    expect(skipped.stderr).toMatch(
      /no row could be used \(1 of 1 rows skipped\): nothing fitted, nothing written/,
    );
    expect(existsSync(out)).toBe(false);

    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(headerOnly, header);
    const empty = await run(['calibrate', headerOnly, '--blueprint', deposit, '--out', out]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/header-only\.csv: the log has no rows below its header/);
    expect(existsSync(out)).toBe(false);
  });

  it('is listed in the help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toMatch(/calibrate LOG/);
    expect(stdout).toMatch(/--blueprint FILE/);
  });
});
