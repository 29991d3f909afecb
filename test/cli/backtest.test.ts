import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deposit, root, run } from './support.ts';

const directory = mkdtempSync(join(tmpdir(), 'backtest-'));
/** The first three days of the synthetic counter-deposit log: quick to simulate. */
const log = join(directory, 'tickets.csv');
const lines = readFileSync(join(root, 'data/logs/counter-deposit-tickets.csv'), 'utf8').split('\n');
writeFileSync(
  log,
  [lines[0], ...lines.filter((line) => /^2026-03-0[234],/.test(line))].join('\n') + '\n',
);

describe('blueprint-lab backtest', () => {
  it('prints the hour-by-hour table and the error figures, and writes the plot', async () => {
    const plot = join(directory, 'plot.svg');
    const { code, stdout, stderr } = await run([
      'backtest',
      log,
      '--blueprint',
      deposit,
      '--plot',
      plot,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('3 days');
    expect(stdout).toContain('step c-hand-over');
    expect(stdout).toMatch(/^ {2}09:00–10:00 +\d+\.\d +\d+\.\d +\d+\.\d\d \(/m);
    expect(stdout).toContain('mean absolute error over');
    const svg = readFileSync(plot, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<text x="');
    expect(svg).toContain('>09:00</text>');
    expect(svg).toContain('class="model-band"');
  });

  it('gives the comparison as JSON, and speaks Chinese', async () => {
    const json = await run(['backtest', log, '--blueprint', deposit, '--json', '--bin', '120']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as {
      queueStep: { step: string; chosenBy: string };
      comparison: {
        binMinutes: number;
        observedDays: number;
        simulatedDays: number;
        bins: unknown[];
      };
      log: { summary: { used: number } };
    };
    expect(data.queueStep).toEqual({
      step: 'c-hand-over',
      chosenBy: 'wait-point',
      ticketAt: 'arrival',
    });
    expect(data.comparison).toMatchObject({ binMinutes: 120, observedDays: 3, simulatedDays: 3 });
    expect(data.comparison.bins.length).toBeGreaterThanOrEqual(4);
    expect(data.log.summary.used).toBe(
      lines.filter((line) => /^2026-03-0[234],/.test(line)).length,
    );
    const zh = await run(['backtest', log, '--blueprint', deposit, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('时段');
    expect(zh.stdout).toContain('平均等待');
    // The misses are worded in Chinese too: units, punctuation and direction.
    expect(zh.stdout).toMatch(
      /^ {2}\d\d:00–\d\d:00 {2}\S+：日志 [\d.]+ (分钟|%)，模型 [\d.]+ (分钟|%)（/m,
    );
    expect(zh.stdout).not.toMatch(/\d min/);
  });

  it('says that no hour could be judged when the log has one day, rather than that none misses', async () => {
    const oneDay = join(directory, 'one-day.csv');
    writeFileSync(
      oneDay,
      [lines[0], ...lines.filter((line) => line.startsWith('2026-03-02,'))].join('\n') + '\n',
    );
    const { code, stdout } = await run(['backtest', oneDay, '--blueprint', deposit]);
    expect(code).toBe(0);
    expect(stdout).toContain('(too few tickets or days)');
    expect(stdout).toContain(
      'No hour could be judged: an hour needs at least 10 tickets over 2 days or more, in the log and in the model.',
    );
    expect(stdout).not.toContain('No hour misses');
    expect(stdout).not.toContain('mean absolute error over');
  });

  it('says what is wrong with the command, the blueprint or the log', async () => {
    const noBlueprint = await run(['backtest', log]);
    expect(noBlueprint.code).toBe(2);
    expect(noBlueprint.stderr).toContain('--blueprint');
    const steady = await run([
      'backtest',
      log,
      '--blueprint',
      join(root, 'blueprints/loan-application.json'),
    ]);
    expect(steady.code).toBe(2);
    expect(steady.stderr).toContain('$.run.mode');
    const wrongStep = await run(['backtest', log, '--blueprint', deposit, '--step', 'nope']);
    expect(wrongStep.code).toBe(2);
    expect(wrongStep.stderr).toContain('--step nope: no such step');
    const missing = await run(['backtest', join(directory, 'none.csv'), '--blueprint', deposit]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.csv: no such file');
    const badBin = await run(['backtest', log, '--blueprint', deposit, '--bin', '0']);
    expect(badBin.code).toBe(2);
    const overInput = await run(['backtest', log, '--blueprint', deposit, '--plot', log]);
    expect(overInput.code).toBe(2);
  });
});
