/**
 * What `simulate` refuses, each as a usage error (exit 2) naming the option, where it
 * used to fail quietly or do harm: options that are not plain numbers, --set paths that
 * reach nothing or reach JavaScript's object machinery, an event log over the input.
 */
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { applySet } from '../../src/cli/setPath.ts';
import { deposit, run } from './support.ts';

const originalToString = Object.prototype.toString;
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-usage-'));

describe('simulate options must be written plainly', () => {
  it.each([
    [
      ['--seed', '0x10'],
      '--seed must be a whole number from 0 to 4294967295 in decimal digits, not "0x10"',
    ],
    [['--seed', '1e3'], 'not "1e3"'],
    [['--seed=-1'], '--seed must be a whole number'],
    [
      ['--replications', ' 5'],
      '--replications must be a whole number from 1 to 10000 in decimal digits, not " 5"',
    ],
    [['--replications', '5.0'], 'not "5.0"'],
    [['--replications', '10001'], 'from 1 to 10000'],
    [
      ['--horizon', '0x10'],
      '--horizon must be a number of minutes > 0 and at most 10000000, not "0x10"',
    ],
    [['--horizon', ' 100'], 'not " 100"'],
    [['--horizon', 'Infinity'], 'not "Infinity"'],
    [['--log', ''], '--log needs a value, not an empty string'],
    [['--lang', ''], '--lang needs a value'],
  ])('%j', async (options, message) => {
    const { code, stderr } = await run(['simulate', deposit, ...options]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('takes long runs written with an exponent', async () => {
    const { code, stdout } = await run([
      ...['simulate', deposit, '--replications', '1', '--json'],
      ...['--horizon', '2e3', '--warmup', '0.5e2'],
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).run).toMatchObject({ statsStart: 50, arrivalsEnd: 2050 });
  });
});

describe('--set', () => {
  it.each([
    ['__proto__.toString=1', '"__proto__" is not a blueprint property'],
    ['steps.constructor.x=1', '"constructor" is not a blueprint property'],
    ['name.prototype=1', '"prototype" is not a blueprint property'],
    ['resources.tellers={"__proto__":{"x":1}}', '"__proto__" is not a blueprint property'],
  ])('refuses the object machinery: %s', async (assignment, message) => {
    const { code, stderr } = await run(['simulate', deposit, '--set', assignment]);
    expect(code).toBe(2);
    expect(stderr).toContain(`blueprint-lab: --set ${assignment.split('=')[0]}: ${message}`);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype.toString).toBe(originalToString);
    expect(String({})).toBe('[object Object]');
  });

  it('never changes a prototype, whatever the path', () => {
    for (const assignment of [
      '__proto__.polluted=1',
      'a.__proto__.polluted=1',
      'constructor.prototype.polluted=1',
    ])
      expect(() => applySet({ a: {} }, assignment)).toThrow('is not a blueprint property');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['resources.tellers=5', 'a list item is changed by an object of its properties'],
    ['steps.c-hand-over=null', 'a list item is changed by an object of its properties'],
    ['steps.x=null', 'no item "x" here (ids: e-ticket'],
    [
      'run.nothing.here=1',
      'there is no "nothing" here (keys: mode, open, close, replications, seed)',
    ],
    ['name.en.x=1', '"x" is inside a value that is not an object'],
    ['steps..label=1', 'the path has an empty segment'],
  ])('refuses a path that reaches nothing: %s', async (assignment, message) => {
    const { code, stderr } = await run(['simulate', deposit, '--set', assignment]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('names the --set that makes a valid file invalid, with the findings', async () => {
    const { code, stderr } = await run([
      ...['simulate', deposit, '--set', 'resources.tellers.capacity=5'],
      ...['--set', 'resources.tellers.capacity=-1', '--set', 'run.seed=3'],
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('  $.resources[0].capacity: must be at least 0\n');
    expect(stderr).toContain(
      'blueprint-lab: --set resources.tellers.capacity=-1 makes the blueprint invalid',
    );
  });

  it('may add a property the file left out (the last key)', async () => {
    const { code, stdout } = await run([
      ...['simulate', deposit, '--replications', '1', '--json'],
      ...['--set', 'resources.tellers.costPerHour=30'],
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).resources.tellers.cost.mean).toBeGreaterThan(0);
  });
});

describe('--log never overwrites the input', () => {
  it('refuses the blueprint itself, by any path or link, and leaves it alone', async () => {
    const mine = join(dir, 'mine.json');
    copyFileSync(deposit, mine);
    const link = join(dir, 'link.json');
    symlinkSync(mine, link);
    for (const [input, log] of [
      [mine, mine],
      [mine, join(dir, '.', 'mine.json')],
      [mine, link],
      [link, mine],
    ]) {
      const { code, stderr } = await run([
        'simulate',
        input!,
        '--replications',
        '1',
        '--log',
        log!,
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--log ${log} would overwrite the input file ${input}`);
    }
    expect(readFileSync(mine, 'utf8')).toBe(readFileSync(deposit, 'utf8'));
  });
});

describe('an unexpected exception', () => {
  const failingOutput = () => ({
    stdout: {
      write: () => {
        throw new Error('boom');
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
  });
  let stderr = '';

  it('exits 70 asking for a report, without a stack', async () => {
    stderr = '';
    vi.stubEnv('BLUEPRINT_LAB_DEBUG', '');
    expect(await main(['schema'], failingOutput())).toBe(70);
    expect(stderr).toContain('blueprint-lab: internal error: boom\n');
    expect(stderr).toContain('please report it');
    expect(stderr).not.toMatch(/\n\s+at /);
    vi.unstubAllEnvs();
  });

  it('prints the stack with BLUEPRINT_LAB_DEBUG=1', async () => {
    stderr = '';
    vi.stubEnv('BLUEPRINT_LAB_DEBUG', '1');
    expect(await main(['schema'], failingOutput())).toBe(70);
    expect(stderr).toMatch(/\n\s+at /);
    vi.unstubAllEnvs();
  });
});
