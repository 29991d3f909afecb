/**
 * Blueprint text reaches the terminal escaped: a label cannot colour, retitle or clear
 * the screen, nor reorder what the reader sees.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableJson } from '../../src/cli/terminalText.ts';
import { minimalJson } from '../support/builders.ts';
import { run } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-terminal-'));

/** Everything a terminal acts on or reorders by; a report may only hold line breaks. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the test
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = {
  colour: '\u001b[31mred\u001b[0m',
  title: '\u001b]0;owned\u0007',
  clear: '\u001b[2J\u001b[H',
  c1: '\u009b2J',
  bidi: 'abc\u202edcba\u2066x\u2069',
  newline: 'two\nlines\ttab',
};

describe('printable', () => {
  it('escapes controls and bidi characters the way JSON does, and nothing else', () => {
    expect(printable(HOSTILE.colour)).toBe('\\u001b[31mred\\u001b[0m');
    expect(printable(HOSTILE.title)).toBe('\\u001b]0;owned\\u0007');
    expect(printable(HOSTILE.c1)).toBe('\\u009b2J');
    expect(printable(HOSTILE.bidi)).toBe('abc\\u202edcba\\u2066x\\u2069');
    expect(printable(HOSTILE.newline)).toBe('two\\nlines\\ttab');
    expect(printable('柜台存款 – café “ok”')).toBe('柜台存款 – café “ok”');
  });

  it('keeps JSON meaning the same', () => {
    const value = { label: Object.values(HOSTILE).join('|'), list: [1, 'x'] };
    const json = printableJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

function hostileBlueprint(): string {
  const document = minimalJson() as {
    name: string;
    steps: { label: string }[];
  };
  document.name = `Bank ${HOSTILE.title}${HOSTILE.clear}`;
  document.steps[1]!.label = `Serve ${HOSTILE.colour} ${HOSTILE.bidi}`;
  document.steps[0]!.label = `Arrive ${HOSTILE.c1} ${HOSTILE.newline}`;
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('the simulate report', () => {
  it('prints names and labels escaped, header included', async () => {
    const { code, stdout } = await run(['simulate', hostileBlueprint(), '--replications', '2']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout.split('\n')[0]).toContain('Bank \\u001b]0;owned\\u0007\\u001b[2J\\u001b[H');
    expect(stdout).toContain('Serve \\u001b[31mred');
  });
});

describe('validate', () => {
  it('escapes the text a finding quotes, as text and as JSON', async () => {
    const document = minimalJson();
    document[`x${HOSTILE.bidi}${HOSTILE.c1}`] = 1;
    (document.steps as { duration?: unknown }[])[1]!.duration = {
      type: 'fixed',
      value: HOSTILE.colour,
    };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(document));
    const text = await run(['validate', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('\\u202e');
    const json = await run(['validate', '--json', file]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b[31m');
  });
});
