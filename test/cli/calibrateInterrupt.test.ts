/**
 * `calibrate` reading a large log: --progress draws the bytes read on standard error, and
 * Ctrl-C stops the reading cleanly: exit 130, one line, and no --out file (an older one
 * under that name stays as it was, no temporary file is left).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { largeTicketLog } from '../../scripts/logs/largeLog.ts';
import { bin, deposit, root } from './support.ts';

describe('calibrate --progress and Ctrl-C', () => {
  it('shows the reading on standard error and stops at Ctrl-C, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-interrupt-'));
    const log = join(dir, 'tickets.csv');
    await pipeline(largeTicketLog(300_000), createWriteStream(log) as Writable);
    const out = join(dir, 'calibrated.json');
    writeFileSync(out, 'an older file\n');
    const child = spawn(
      process.execPath,
      [bin, 'calibrate', log, '--blueprint', deposit, '--out', out, '--progress'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let stdout = '';
    const shown = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/reading \[#*\.*\] +\d+ % · [\d.]+ of [\d.]+ MB/.test(stderr)) resolve();
      }),
    );
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await shown;
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/ MB\nblueprint-lab: interrupted\n$/);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('an older file\n');
    expect(readdirSync(dir).sort()).toEqual(['calibrated.json', 'tickets.csv']);
  }, 30_000);
});
