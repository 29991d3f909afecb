/**
 * `simulate` reports the instant estimates after the run's figures: in the JSON as
 * `estimates` (each pool's formula and the run's wait beside the estimate, each lobby
 * rule's share beside the run's), and in the report as a table that says the same
 * figures, its caveat codes worded from the one catalogue, in English and in Chinese,
 * lined up by terminal columns.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiversionBeside, PoolBeside } from '../../src/cli/estimatesBeside.ts';
import { ESTIMATE_WORDS } from '../../src/cli/estimateWords.ts';
import { REPORT_WORDS } from '../../src/cli/reportWords.ts';
import { displayWidth } from '../../src/cli/textTable.ts';
import { CAVEAT_TEXT, METHOD_TEXT } from '../../src/sim/index.ts';
import { cellStarts, section } from './reportText.ts';
import { root, run } from './support.ts';

const greeter = join(root, 'blueprints/counter-deposit-atm-greeter.json');
const vip = join(root, 'blueprints/counter-deposit-vip.json');
const options = ['--replications', '4', '--seed', '3'];

/** Each command run once: the tests read its output in several ways. */
const outputs = new Map<string, Promise<Awaited<ReturnType<typeof run>>>>();
function once(args: string[]) {
  const key = args.join(' ');
  if (!outputs.has(key)) outputs.set(key, run(args));
  return outputs.get(key)!;
}

async function json(file: string) {
  const { code, stdout } = await once(['simulate', file, ...options, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as {
    steps: Record<string, { wait: { mean: number; ci95: [number, number] } | null }>;
    diversions: Record<string, { share: { mean: number } }>;
    estimates: { ok: true; pools: PoolBeside[]; diversions: DiversionBeside[] };
  };
}

async function report(file: string, language: string): Promise<string> {
  const { code, stdout } = await once(['simulate', file, ...options, '--lang', language]);
  expect(code).toBe(0);
  return stdout;
}

/** The table's row of `id`, cut into its cells (two or more spaces apart). */
function cells(lines: readonly string[], id: string): string[] {
  const line = lines.find((text) => text.startsWith(`  ${id} `));
  if (line === undefined) throw new Error(`no row ${id}`);
  return line.trim().split(/ {2,}/);
}

describe('the estimates in the JSON', () => {
  it('gives each pool its formula and the run’s wait, each lobby rule the run’s share', async () => {
    const results = await json(greeter);
    const { pools, diversions } = results.estimates;
    expect(results.estimates.ok).toBe(true);
    const tellers = pools.find((pool) => pool.id === 'tellers')!;
    // The lobby manager reads the tellers' line: a threshold queue.
    expect(tellers.method).toBe('threshold-chain');
    expect(pools.find((pool) => pool.id === 'atm')!.method).toBe('mgc');
    // One step queues for the tellers: the run's wait is that step's, interval and all.
    expect(tellers.measuredWait).toEqual(
      results.steps['c-hand-over']!.wait && {
        mean: results.steps['c-hand-over']!.wait.mean,
        ci95: results.steps['c-hand-over']!.wait.ci95,
      },
    );
    expect(tellers.meanWaitMinutes).toBeGreaterThan(0);
    const [rule] = diversions;
    expect(rule!.measuredShare).toEqual(results.diversions[rule!.flow]!.share);
    expect(rule!.share).toBeGreaterThan(0);
    expect(rule!.share).toBeLessThan(0.5);
  });

  it('names the priority formula of pools that call each other’s queues in order', async () => {
    const { pools } = (await json(vip)).estimates;
    for (const id of ['tellers', 'vip-window']) {
      const pool = pools.find((candidate) => candidate.id === id)!;
      expect(pool.priority).not.toBeNull();
      expect(pool.method).toBe(pool.priority!.form);
    }
  });
});

describe('the estimates in the report', () => {
  it('sets each pool’s estimate beside the run’s, with the formula and the caveats worded', async () => {
    const { estimates } = await json(vip);
    const text = await report(vip, 'en');
    const words = ESTIMATE_WORDS.en;
    const table = section(text, words.heading);
    for (const pool of estimates.pools) {
      const row = cells(table, pool.id);
      expect(row[1]).toBe(String(pool.units));
      expect(row[3]).toBe(`${pool.meanWaitMinutes!.toFixed(2)} min`);
      expect(row[4]).toBe(`${pool.measuredWait!.mean.toFixed(2)} min`);
      const [low, high] = pool.measuredWait!.ci95!;
      expect(row[5]).toBe(`${low.toFixed(2)}–${high.toFixed(2)}`);
      expect(row[6]).toBe(METHOD_TEXT[pool.method].en);
      for (const caveat of pool.caveats)
        expect(text).toContain(`  ${caveat}: ${CAVEAT_TEXT[caveat].en}`);
    }
    expect(text).toContain('called in this order: vip-window, tellers');
    // After the run's figures.
    expect(text.indexOf(words.heading)).toBeGreaterThan(text.indexOf('Pools ('));
  });

  it('sets each lobby rule’s estimated share beside the run’s', async () => {
    const results = await json(greeter);
    const text = await report(greeter, 'en');
    const table = section(text, ESTIMATE_WORDS.en.diversions);
    const rule = results.estimates.diversions[0]!;
    const row = cells(table, rule.flow);
    expect(row[2]).toBe(`${(rule.share * 100).toFixed(1)} %`);
    expect(row[3]).toBe(`${(rule.measuredShare!.mean * 100).toFixed(1)} %`);
    expect(row[5]).toBe(METHOD_TEXT['threshold-chain'].en);
  });

  it('is in Chinese with --lang zh-CN, its columns lined up by terminal width', async () => {
    const text = await report(vip, 'zh-CN');
    const words = ESTIMATE_WORDS['zh-CN'];
    for (const english of ['Estimates', 'estimated wait', 'method', 'Caveats', 'called in'])
      expect(text).not.toContain(english);
    expect(text).toContain(words.caveats);
    expect(text).toContain(METHOD_TEXT['mgc-approximation']['zh-CN']);
    expect(text).toContain(`priority-approximate：${CAVEAT_TEXT['priority-approximate']['zh-CN']}`);
    const table = section(text, words.heading)
      .slice(1)
      .filter((line) => !line.includes('依次为'));
    const starts = new Set(table.flatMap(cellStarts));
    expect(starts.size).toBeLessThanOrEqual(cellStarts(table[0]!).length);
    // The estimated wait sits under its Chinese heading.
    const header = table[0]!;
    const under = displayWidth(header.slice(0, header.indexOf(words.columns.estimated)));
    const row = table.find((line) => line.startsWith('  tellers'))!;
    const wait = row.match(/\d+\.\d\d 分钟/)![0];
    expect(displayWidth(row.slice(0, row.indexOf(wait)))).toBe(under);
    expect(header).toContain(REPORT_WORDS['zh-CN'].ci);
  });
});
