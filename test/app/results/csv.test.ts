import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, resultsToCsv, resultsToJson } from '../../../src/app/results/csv.ts';
import {
  downloadResultsCsv,
  downloadResultsJson,
  UTF8_BOM,
} from '../../../src/app/results/exportResults.ts';
import { costTable } from '../../../src/app/results/costTable.ts';
import { simulate } from '../../../src/sim/index.ts';
import { vipBranch } from '../../support/vipBranch.ts';
import { deposit } from './support.tsx';

/** A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('resultsToCsv', () => {
  const { blueprint, results } = deposit();
  const csv = resultsToCsv(results, blueprint);
  const rows = table(csv);

  it('is one table with the documented columns, CRLF line ends and 8 fields a row', () => {
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
    for (const record of parseCsv(csv)) expect(record).toHaveLength(CSV_COLUMNS.length);
  });

  it('has every step, pool and class of the results, named in the language', () => {
    for (const kind of ['step', 'pool', 'class'] as const) {
      const ids = new Set(rows.filter((row) => row.kind === kind).map((row) => row.id));
      const expected =
        kind === 'step' ? results.steps : kind === 'pool' ? results.resources : results.classes;
      expect([...ids].sort()).toEqual(Object.keys(expected).sort());
    }
    const handOver = rows.find((row) => row.id === 'c-hand-over')!;
    expect(handOver.name).toBe('Hand over');
    const chinese = table(resultsToCsv(results, blueprint, 'zh-CN'));
    expect(chinese.find((row) => row.id === 'c-hand-over')!.name).toBe('递交现金');
  });

  it('writes each figure with its interval and unit', () => {
    const served = rows.find((row) => row.kind === 'system' && row.metric === 'served')!;
    expect(Number(served.value)).toBeCloseTo(results.system.counts.served.mean, 3);
    expect(Number(served.ci_low)).toBeCloseTo(results.system.counts.served.ci95![0], 3);
    expect(Number(served.ci_high)).toBeCloseTo(results.system.counts.served.ci95![1], 3);
    expect(served.unit).toBe('customers/day');
    const wait = rows.find((row) => row.id === 'c-hand-over' && row.metric === 'wait_mean')!;
    expect(Number(wait.value)).toBeCloseTo(results.steps['c-hand-over']!.wait!.mean, 3);
    expect(wait.unit).toBe('min');
    const p90 = rows.find((row) => row.id === 'c-hand-over' && row.metric === 'wait_p90')!;
    expect([p90.ci_low, p90.ci_high]).toEqual(['', '']);
    const busy = rows.find((row) => row.id === 'tellers' && row.metric === 'utilization')!;
    expect(Number(busy.value)).toBeCloseTo(results.resources.tellers!.utilization.mean * 100, 3);
    expect(busy.unit).toBe('%');
    // Steps without a queue have no wait rows; every step has its failures.
    expect(rows.some((row) => row.id === 'c-fill-slip' && row.metric === 'wait_mean')).toBe(false);
    const failures = rows.filter((row) => row.metric === 'failure_rate');
    expect(failures).toHaveLength(Object.keys(results.steps).length);
  });

  it('writes each outcome per day, per hour and as a share, with intervals', () => {
    const completed = results.system.outcomes.completed!;
    const row = (metric: string) => rows.find((r) => r.kind === 'system' && r.metric === metric)!;
    expect(Number(row('completed').value)).toBeCloseTo(completed.count.mean, 3);
    expect(Number(row('completed').ci_low)).toBeCloseTo(completed.count.ci95![0], 3);
    expect(row('completed').unit).toBe('customers/day');
    expect(Number(row('completed_per_hour').value)).toBeCloseTo(completed.perHour.mean, 3);
    expect(row('completed_share').unit).toBe('%');
    expect(Number(row('completed_share').value)).toBeCloseTo(completed.share.mean * 100, 3);
    expect(rows.some((r) => r.kind === 'class' && r.metric === 'completed')).toBe(true);
  });

  it('writes the wait of all who queued beside the wait of those served, and each pool’s overtime', () => {
    const handOver = results.steps['c-hand-over']!;
    const step = (metric: string) =>
      rows.find((r) => r.id === 'c-hand-over' && r.metric === metric)!;
    // Customers gave up at the counter: all who queued are more than those served.
    expect(handOver.reneges.mean).toBeGreaterThan(0);
    expect(handOver.waitAll!.count).toBeGreaterThan(handOver.wait!.count);
    expect(Number(step('wait_all_mean').value)).toBeCloseTo(handOver.waitAll!.mean, 3);
    expect(Number(step('wait_all_mean').ci_high)).toBeCloseTo(handOver.waitAll!.ci95![1], 3);
    expect(step('wait_all_mean').unit).toBe('min');
    expect(Number(step('wait_all_p90').value)).toBeCloseTo(handOver.waitAll!.p90, 3);
    expect(rows.some((r) => r.id === 'c-fill-slip' && r.metric === 'wait_all_mean')).toBe(false);
    const pool = (id: string, metric: string) =>
      rows.find((r) => r.kind === 'pool' && r.id === id && r.metric === metric)!;
    for (const [id, result] of Object.entries(results.resources)) {
      expect(Number(pool(id, 'overtime_hours').value)).toBeCloseTo(result.overtime.hours.mean, 3);
      expect(pool(id, 'overtime_hours').unit).toBe('unit-hours/day');
      expect(Number(pool(id, 'overtime_cost').value)).toBeCloseTo(result.overtime.cost.mean, 3);
      expect(pool(id, 'overtime_cost').unit).toBe('CNY/day'); // the example's currency
    }
    // The tellers serve those inside at closing: work after the day's hours.
    expect(Number(pool('tellers', 'overtime_hours').value)).toBeGreaterThan(0);
  });

  it('quotes names with commas, quotes and line breaks (RFC 4180)', () => {
    const named = structuredClone(blueprint);
    named.steps.find((s) => s.id === 'c-fill-slip')!.label = 'Fill "the" slip,\nthen wait';
    const text = resultsToCsv(results, named);
    expect(text).toContain('"Fill ""the"" slip,\nthen wait"');
    expect(table(text).find((row) => row.id === 'c-fill-slip')!.name).toBe(
      'Fill "the" slip,\nthen wait',
    );
  });

  it('defuses names a spreadsheet would run as formulas, and keeps negative numbers numeric', () => {
    const hostile = structuredClone(blueprint);
    const labels = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)'];
    ['c-fill-slip', 'c-leave', 'b-key', 's-ticket'].forEach((id, i) => {
      hostile.steps.find((s) => s.id === id)!.label = labels[i]!;
    });
    const parsed = table(resultsToCsv(results, hostile));
    const names = ['c-fill-slip', 'c-leave', 'b-key', 's-ticket'].map(
      (id) => parsed.find((row) => row.id === id)!.name,
    );
    expect(names).toEqual(labels.map((label) => `'${label}`));
    const negative = structuredClone(results);
    negative.system.counts.abandoned.ci95 = [-1.25, 3];
    const abandoned = table(resultsToCsv(negative, blueprint)).find(
      (row) => row.kind === 'system' && row.metric === 'abandoned',
    )!;
    expect(abandoned.ci_low).toBe('-1.25');
  });

  it('leaves figures without a value empty', () => {
    const empty = structuredClone(results);
    empty.system.timeInSystem.mean = NaN;
    const row = table(resultsToCsv(empty, blueprint)).find(
      (r) => r.kind === 'system' && r.metric === 'time_in_system_mean',
    )!;
    expect(row.value).toBe('');
  });
});

describe('who the cost was for, in the CSV', () => {
  const blueprint = vipBranch({ missedCall: true });
  const results = simulate(blueprint);
  const rows = table(resultsToCsv(results, blueprint));
  const cost = (kind: string, id: string, metric: string) =>
    rows.find((r) => r.kind === kind && r.id === id && r.metric === metric);

  it('writes each cell of the dock’s cost table, all customers and each class, with its interval', () => {
    const dock = costTable(results, blueprint)!;
    const metricOf = (id: string) =>
      id.startsWith('outcome:')
        ? `cost_${id.slice('outcome:'.length)}_per_visit`
        : `cost_${id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
    let compared = 0;
    for (const row of dock.rows)
      dock.columns.forEach((column, i) => {
        const cell = row.cells[i];
        if (!cell || !Number.isFinite(cell.mean)) return;
        const csv = cost(
          column.classId === null ? 'system' : 'class',
          column.classId ?? 'system',
          metricOf(row.id),
        )!;
        expect(Number(csv.value)).toBeCloseTo(cell.mean, 3);
        if (cell.ci95) expect(Number(csv.ci_low)).toBeCloseTo(cell.ci95[0], 3);
        if (cell.ci95) expect(Number(csv.ci_high)).toBeCloseTo(cell.ci95[1], 3);
        expect(csv.unit).toBe(row.unit === 'money' ? 'money/day' : 'money/visit');
        compared++;
      });
    // The cost, per transaction, busy, idle, completed and abandoned at least, in three columns.
    expect(compared).toBeGreaterThanOrEqual(18);
    expect(cost('system', 'system', 'cost_per_served')!.unit).toBe('money/visit');
    expect(cost('class', 'vip', 'cost_completed_per_visit')).toBeDefined();
  });

  it('the classes’ costs add up to all customers’', () => {
    const total = (kind: string, id: string) => Number(cost(kind, id, 'cost_total')!.value);
    expect(total('class', 'retail') + total('class', 'vip')).toBeCloseTo(
      total('system', 'system'),
      2,
    );
  });

  it('has no cost rows when no pool has a price', () => {
    const unpriced = vipBranch();
    for (const pool of unpriced.resources!) delete pool.costPerHour;
    const text = resultsToCsv(simulate(unpriced), unpriced);
    expect(table(text).some((r) => r.metric!.startsWith('cost_'))).toBe(false);
  });
});

describe('resultsToJson', () => {
  it('is the results as they are, pretty-printed', () => {
    const { results } = deposit();
    const json = resultsToJson(results);
    expect(json).toContain('\n  "format": "blueprint-lab-results",');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(results)));
  });
});

describe('the downloads', () => {
  const { blueprint, results } = deposit();

  it('names the CSV after the stem, in the UI language, with a byte order mark', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    downloadResultsCsv(results, blueprint, 'counter-deposit', 'zh-CN', (blob, name) =>
      saved.push({ blob, name }),
    );
    expect(saved[0]!.name).toBe('counter-deposit-results.csv');
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(UTF8_BOM + resultsToCsv(results, blueprint, 'zh-CN'));
    expect(text).toContain('递交现金');
  });

  it('names the JSON after the stem and writes the results as they are', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    downloadResultsJson(results, 'my-run', (blob, name) => saved.push({ blob, name }));
    expect(saved[0]!.name).toBe('my-run-results.json');
    expect(await saved[0]!.blob.text()).toBe(resultsToJson(results));
  });
});
