/**
 * `calibrate` reading a large log: --progress draws the bytes read on standard error, and
 * Ctrl-C stops the reading cleanly: exit 130, one line, and no --out file (an older one
 * under that name stays as it was, no temporary file is left).
 */
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { largeTicketLog } from '../../scripts/logs/largeLog.ts';
import { deposit, interruptWhenShown } from './support.ts';

describe('calibrate --progress and Ctrl-C', () => {
  it('shows the reading on standard error and stops at Ctrl-C, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-interrupt-'));
    const log = join(dir, 'tickets.csv');
    await pipeline(largeTicketLog(300_000), createWriteStream(log) as Writable);
    const out = join(dir, 'calibrated.json');
    writeFileSync(out, 'an older file\n');
    const { code, stdout, stderr } = await interruptWhenShown(
      ['calibrate', log, '--blueprint', deposit, '--out', out, '--progress'],
      /reading \[#*\.*\] +\d+ % · [\d.]+ of [\d.]+ MB/,
    );
    expect(code).toBe(130);
    expect(stderr).toMatch(/ MB\nblueprint-lab: interrupted\n$/);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('an older file\n');
    expect(readdirSync(dir).sort()).toEqual(['calibrated.json', 'tickets.csv']);
  }, 30_000);
});
