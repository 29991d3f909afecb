/**
 * The calibration worker's job, run directly on a Blob as the worker runs it on a File:
 * the fits of the synthetic deposit log, progress that ends at the file's size and is
 * throttled, a map whose columns the file lacks answered with its problems, and a file
 * that cannot be read answered in words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibrationJob } from '../../../src/app/calibrate/calibrationJob.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';
import type { ReadProgress } from '../../../src/app/calibrate/workerApi.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const loaded = loadBlueprintText(
  readFileSync(join(root, 'blueprints/counter-deposit.json'), 'utf8'),
);
if (!loaded.ok) throw new Error('the deposit example does not load');
const blueprint = loaded.blueprint;
const log = new Blob([readFileSync(join(root, 'data/logs/counter-deposit-tickets.csv'))]);

describe('the calibration job', () => {
  it('fits the deposit log as the command line does, and reports progress to the end', async () => {
    const reports: ReadProgress[] = [];
    let clock = 0;
    const job = await runCalibrationJob(
      log,
      blueprint,
      {
        binMinutes: 60,
        timeZone: '+08:00',
        map: {
          kind: 'queue',
          columns: {
            ticketTime: '取号时间',
            date: '日期',
            businessType: '业务类型',
            callTime: '叫号时间',
            startTime: '开始办理时间',
            endTime: '办结时间',
            window: '窗口号',
            outcome: '状态',
          },
          steps: { 存款: 'c-hand-over' },
          pool: 'tellers',
        },
      },
      (progress) => reports.push(progress),
      // Every chunk 1 ms after the last: only every hundredth could report, and the last.
      () => clock++,
    );
    expect(job.kind).toBe('read');
    if (job.kind !== 'read' || !job.outcome.ok) throw new Error('not read');
    const { read, fits } = job.outcome;
    expect(read.summary).toMatchObject({ rows: 5443, used: 5443, skipped: 0 });
    expect(fits.binMinutes).toBe(60);
    const hand = fits.steps.find((s) => s.step === 'c-hand-over');
    expect(hand?.from).toEqual(['存款']);
    expect(hand?.service.ok && hand.service.best.family).toBe('lognormal');
    expect(fits.windows?.pool).toBe('tellers');
    expect(reports.at(-1)).toEqual({ bytes: log.size, size: log.size });
    expect(reports.length).toBeLessThanOrEqual(Math.ceil(log.size / (64 * 1024)) / 100 + 2);
  });

  it('answers a map naming a column the file lacks with that problem, fitting nothing', async () => {
    const job = await runCalibrationJob(
      log,
      blueprint,
      {
        binMinutes: 30,
        timeZone: '+08:00',
        map: { kind: 'queue', columns: { ticketTime: 'Issued at' } },
      },
      () => undefined,
    );
    expect(job.kind === 'read' && !job.outcome.ok && job.outcome.read.problems).toEqual([
      expect.objectContaining({ path: '$.columns.ticketTime', code: 'no-such-column' }),
    ]);
  });

  it('says so in words when the file cannot be read', async () => {
    const broken = {
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull() {
            throw new DOMException('the file changed', 'NotReadableError');
          },
        }),
    } as unknown as Blob;
    const job = await runCalibrationJob(
      broken,
      blueprint,
      { binMinutes: 30, timeZone: '+08:00' },
      () => undefined,
    );
    expect(job).toEqual({ kind: 'unreadable', message: 'the file changed' });
  });
});
