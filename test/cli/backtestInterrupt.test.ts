/**
 * `backtest` over a log of many days: --progress draws the reading and then the
 * simulated days on standard error, and Ctrl-C during the days (simulated a day a turn)
 * stops the command cleanly: exit 130, nothing on standard output, no --plot file (an
 * older one under that name stays as it was, no temporary file is left).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../scripts/logs/csvText.ts';
import { queueTicketRows } from '../../scripts/logs/queueTicketLog.ts';
import { deposit, interruptWhenShown } from './support.ts';

/** Many days to simulate, read at once: the synthetic log's first tickets of each of 400 days. */
function longThinLog(days: number, ticketsADay: number): string {
  const lines: string[] = [];
  const perDate = new Map<string, number>();
  for (const cells of queueTicketRows(days, 7)) {
    const date = cells[0]!;
    const count = perDate.get(date) ?? 0;
    perDate.set(date, count + 1);
    if (lines.length === 0 || count < ticketsADay) lines.push(csvLine(cells));
  }
  return `${lines.join('\n')}\n`;
}

describe('backtest --progress and Ctrl-C', () => {
  it('shows the reading and the days on standard error and stops at Ctrl-C, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-backtest-interrupt-'));
    const log = join(dir, 'tickets.csv');
    writeFileSync(log, longThinLog(400, 3));
    const plot = join(dir, 'plot.svg');
    writeFileSync(plot, 'an older file\n');
    const { code, stdout, stderr } = await interruptWhenShown(
      ['backtest', log, '--blueprint', deposit, '--plot', plot, '--progress'],
      /simulating \[#*\.*\] +\d+ % · \d+ of 400 days/,
    );
    expect(code).toBe(130);
    expect(stderr).toMatch(/\rreading \[#{30}\] 100 % · [\d.]+ of [\d.]+ MB\n/);
    expect(stderr).toMatch(/ of 400 days\nblueprint-lab: interrupted\n$/);
    expect(stderr).not.toContain('400 of 400 days');
    expect(stdout).toBe('');
    expect(readFileSync(plot, 'utf8')).toBe('an older file\n');
    expect(readdirSync(dir).sort()).toEqual(['plot.svg', 'tickets.csv']);
  }, 30_000);
});
