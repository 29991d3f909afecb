/**
 * The event log for process mining: CSV or XES, real ISO 8601 timestamps from a base
 * date, XES lifecycle transitions, one case per customer with background work marked,
 * and XES that is well-formed XML with the standard extensions.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalJson } from '../support/builders.ts';
import { deposit, run } from './support.ts';
import { type XmlElement, parseXml } from './xml.ts';

const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-log-'));
const LIFECYCLES = new Set(['schedule', 'start', 'complete', 'ate_abort', 'withdraw']);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

async function writeLog(name: string, ...options: string[]): Promise<string> {
  const path = join(dir, name);
  const result = await run([
    ...['simulate', deposit, '--replications', '2', '--jobs', '1', '--seed', '5'],
    ...['--log', path, ...options],
  ]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return readFileSync(path, 'utf8');
}

type Row = Record<string, string>;

function csvRows(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

describe('the CSV event log', () => {
  it('has ISO 8601 timestamps from the base date, lifecycle transitions and activities', async () => {
    const rows = csvRows(await writeLog('events.csv'));
    expect(Object.keys(rows[0]!)).toEqual([
      ...['case_id', 'activity', 'lifecycle', 'timestamp', 'resource', 'class', 'step'],
      ...['event', 'time_min', 'background', 'replication', 'outcome'],
    ]);
    for (const row of rows) {
      expect(row.timestamp).toMatch(ISO);
      const minutes = (Date.parse(row.timestamp!) - Date.parse('2026-01-05T00:00:00Z')) / 60_000;
      expect(Math.abs(minutes - Number(row.time_min))).toBeLessThan(0.0001);
      expect(LIFECYCLES.has(row.lifecycle!)).toBe(true);
    }
    const starts = rows.filter((row) => row.event === 'start');
    expect(starts.every((row) => row.activity === row.step && row.lifecycle === 'start')).toBe(
      true,
    );
    const ends = rows.filter((row) => row.event === 'end');
    expect(ends.every((row) => row.activity === row.step && row.lifecycle === 'complete')).toBe(
      true,
    );
    expect(rows.find((row) => row.step === 'c-hand-over' && row.event === 'start')?.resource).toBe(
      'tellers',
    );
    expect(
      rows.filter((row) => row.event === 'arrive').every((r) => r.activity === '(arrive)'),
    ).toBe(true);
  });

  it('is replication 1 only, one case per customer, background work inside its case', async () => {
    const rows = csvRows(await writeLog('cases.csv'));
    expect(new Set(rows.map((row) => row.replication))).toEqual(new Set(['1']));
    const byCase = new Map<string, Row[]>();
    for (const row of rows) byCase.set(row.case_id!, [...(byCase.get(row.case_id!) ?? []), row]);
    for (const [, events] of byCase) {
      const own = events.filter((row) => row.background === '0');
      expect(own.filter((row) => row.event === 'arrive')).toHaveLength(1);
      expect(own.filter((row) => ['exit', 'abandon', 'stuck'].includes(row.event!))).toHaveLength(
        1,
      );
      expect(new Set(events.map((row) => row.class)).size).toBe(1);
    }
    const background = rows.filter((row) => row.background === '1');
    expect(background.length).toBeGreaterThan(0);
    expect(
      background.every((row) => byCase.get(row.case_id!)!.some((r) => r.event === 'arrive')),
    ).toBe(true);
  });

  it('--log-date moves the timestamps to another day', async () => {
    const rows = csvRows(await writeLog('dated.csv', '--log-date', '2026-03-02'));
    expect(rows[0]!.timestamp).toMatch(/^2026-03-02T09:/);
  });
});

const child = (element: XmlElement, name: string) =>
  element.children.filter((node) => node.name === name);
const value = (element: XmlElement, key: string) =>
  element.children.find((node) => node.attributes.key === key)?.attributes.value;

describe('the XES event log', () => {
  it('is well-formed XES with the standard extensions, one trace per case of the CSV', async () => {
    const csv = csvRows(await writeLog('same.csv'));
    const log = parseXml(await writeLog('events.xes'));
    expect(log.name).toBe('log');
    expect(log.attributes.xmlns).toBe('http://www.xes-standard.org/');
    expect(child(log, 'extension').map((e) => e.attributes.prefix)).toEqual([
      ...['concept', 'lifecycle', 'time', 'org'],
    ]);
    const traces = child(log, 'trace');
    expect(traces.map((trace) => value(trace, 'concept:name')).sort()).toEqual(
      [...new Set(csv.map((row) => row.case_id))].sort(),
    );
    const events = traces.flatMap((trace) => child(trace, 'event'));
    expect(events).toHaveLength(csv.length);
    for (const event of events) {
      expect(value(event, 'time:timestamp')).toMatch(ISO);
      expect(LIFECYCLES.has(value(event, 'lifecycle:transition')!)).toBe(true);
      expect(value(event, 'concept:name')).toBeTruthy();
    }
    for (const trace of traces) expect(value(trace, 'outcome')).toMatch(/^(completed|abandoned)$/);
    const handOver = events.find((e) => value(e, 'step') === 'c-hand-over')!;
    expect(value(handOver, 'org:resource')).toBe('tellers');
    expect(value(handOver, 'label')).toBe('Hand over');
  });

  it('--log-format xes chooses XES whatever the name', async () => {
    expect(await writeLog('events.log', '--log-format', 'xes')).toMatch(/^<\?xml /);
    expect(await writeLog('events.XES')).toMatch(/^<\?xml /);
  });

  it('escapes labels: markup, quotes and control characters stay well-formed', async () => {
    const document = minimalJson() as { name: string; steps: { label: string }[] };
    const hostile = `a<b>&c"d'e\u001b[31m\u0000\ttab\nline \u202e`;
    document.name = hostile;
    document.steps[1]!.label = hostile;
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(document));
    const path = join(dir, 'hostile.xes');
    expect((await run(['simulate', file, '--replications', '1', '--log', path])).code).toBe(0);
    const log = parseXml(readFileSync(path, 'utf8'));
    const expected = `a<b>&c"d'e\\u001b[31m\\u0000\ttab\nline \u202e`;
    expect(value(log, 'concept:name')).toBe(expected);
    const serve = child(log, 'trace')
      .flatMap((trace) => child(trace, 'event'))
      .find((event) => value(event, 'step') === 'serve')!;
    expect(value(serve, 'label')).toBe(expected);
  });
});

describe('event log options', () => {
  it.each([
    [['--log', 'x.csv', '--log-format', 'pdf'], '--log-format must be csv or xes, not "pdf"'],
    [['--log', 'x.csv', '--log-date', '2026-02-30'], '--log-date must be a date YYYY-MM-DD'],
    [['--log', 'x.csv', '--log-date', '5.1.2026'], 'not "5.1.2026"'],
    [['--log-date', '2026-01-05'], '--log-date applies to the event log: give --log FILE too'],
    [['--log-format', 'xes'], '--log-format applies to the event log'],
  ])('%j is a usage error', async (options, message) => {
    const { code, stderr } = await run(['simulate', deposit, ...options]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
