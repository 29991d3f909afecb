/**
 * The logs in data/logs/: the synthetic ones read with no row skipped, the messy ones
 * give each problem's reason on its row, and every file is what its generator writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSY_BOM_ROWS, MESSY_GBK_ROWS } from '../../../scripts/logs/messyLogs.ts';
import type { MessyRow } from '../../../scripts/logs/messyLogs.ts';
import { QUEUE_LOG } from '../../../scripts/logs/queueTicketLog.ts';
import { readAll } from './support.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data', 'logs');
const file = (name: string): Uint8Array => readFileSync(join(DATA, name));

describe('the synthetic logs', () => {
  it('the counter-deposit ticket log reads whole: three weeks of weekdays, nothing skipped', async () => {
    const { result, tickets, issues } = await readAll(file('counter-deposit-tickets.csv'));
    expect(issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.encoding.encoding).toBe('utf-8');
    expect(result.mapping.kind).toBe('queue');
    expect(result.summary).toMatchObject({
      skipped: 0,
      firstDay: '2026-03-02',
      lastDay: '2026-03-20',
      days: 15,
    });
    expect(result.summary.used).toBe(result.summary.rows);
    expect(new Set(tickets.map((t) => t.weekday))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(tickets.map((t) => t.businessType))).toEqual(
      new Set(QUEUE_LOG.businessTypes.map((b) => b.name)),
    );
    expect(new Set(tickets.map((t) => t.outcome))).toEqual(new Set(['served', 'abandoned']));
    for (const t of tickets) {
      expect(t.ticketAt).toBeGreaterThanOrEqual(QUEUE_LOG.open);
      expect(t.ticketAt).toBeLessThan(QUEUE_LOG.close);
      expect(t.calledAt).toBeGreaterThanOrEqual(t.ticketAt);
    }
  });

  it('the loan event log reads whole, offsets turned into the branch’s clock', async () => {
    const { result, activities, issues } = await readAll(file('loan-application-events.csv'));
    expect(issues).toEqual([]);
    expect(result.ok && result.mapping.kind).toBe('event');
    expect(result.ok && result.summary.skipped).toBe(0);
    const intakes = activities.filter((a) => a.activity === 'Application intake');
    expect(intakes.length).toBeGreaterThan(150);
    // Applications arrive in opening hours (+08:00, the default zone): intake starts after 09:00.
    for (const intake of intakes) expect(intake.startAt!).toBeGreaterThan(540);
    expect(new Set(activities.map((a) => a.caseId)).size).toBe(intakes.length);
  });
});

function expectedIssues(rows: MessyRow[]): [number, string][] {
  return rows.flatMap(([, reason], index) =>
    reason === undefined ? [] : [[index + 1, reason] as [number, string]],
  );
}

describe('the messy logs', () => {
  it.each([
    ['messy-tickets-gbk.csv', MESSY_GBK_ROWS, 'gb18030'],
    ['messy-tickets-bom.csv', MESSY_BOM_ROWS, 'utf-8'],
  ] as const)(
    '%s gives each problem row its reason and keeps the others',
    async (name, rows, encoding) => {
      const { result, issues, tickets } = await readAll(file(name));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.encoding.encoding).toBe(encoding);
      expect(issues.map((issue) => [issue.row, issue.code])).toEqual(expectedIssues(rows));
      const skipped = issues.filter((issue) => issue.skipped).length;
      expect(result.summary).toMatchObject({
        rows: rows.length - 1,
        skipped,
        used: rows.length - 1 - skipped,
      });
      expect(tickets).toHaveLength(rows.length - 1 - skipped);
      expect(result.summary.reasons.reduce((sum, reason) => sum + reason.count, 0)).toBe(
        issues.length,
      );
    },
  );

  it('the GBK log’s Chinese text and past-midnight service come through', async () => {
    const { tickets, result } = await readAll(file('messy-tickets-gbk.csv'));
    const late = tickets.find((t) => t.ticket === 'C001');
    expect(late).toMatchObject({ businessType: '转账汇款', ticketAt: 1435, calledAt: 1444 });
    expect(tickets.find((t) => t.businessType === '存款,现金')?.day).toBe('2026-03-03');
    expect(tickets.find((t) => t.ticket === 'B003')?.outcome).toBe('transferred');
    expect(result.ok && result.summary.outOfOrder).toBeGreaterThan(0);
  });
});

describe('the generator', () => {
  it('writes exactly the committed files', async () => {
    const { LOG_FILES } = await import('../../../scripts/logs/logFiles.ts');
    for (const [name, make] of Object.entries(LOG_FILES)) {
      expect(Buffer.compare(Buffer.from(make()), Buffer.from(file(name))), name).toBe(0);
    }
  });
});
