import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, truncateSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { minimalJson, setAt } from '../support/builders.ts';

const root = new URL('../../', import.meta.url).pathname;
const examples = readdirSync(join(root, 'blueprints'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => join(root, 'blueprints', name));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdinText?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(stdinText === undefined ? {} : { stdin: Readable.from([Buffer.from(stdinText)]) }),
  });
  return { code, stdout, stderr };
}

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-cli-'));
});

describe('blueprint-lab validate', () => {
  it('exits 0 for the examples and says they are valid', async () => {
    const result = await run(['validate', ...examples]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(examples.map((path) => `${path}: valid`));
    expect(result.stderr).toBe('');
  });

  it('exits 1 and prints FILE: path: message for an invalid file', async () => {
    const document = minimalJson();
    setAt(document, ['steps', 1, 'duration', 'mean'], 0);
    const path = file('bad.json', JSON.stringify(document, null, 2));
    const result = await run(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${path}: \\$\\.steps\\[1\\]\\.duration\\.mean: must be greater than 0 \\(line \\d+, column \\d+\\)\n`,
      ),
    );
    expect(result.stdout).toContain(`${path}: invalid (1 error, 0 warnings)`);
  });

  it('prints warnings but exits 0, or 1 with --strict', async () => {
    const document = minimalJson();
    setAt(document, ['steps', 2, 'exit'], undefined);
    const path = file('warn.json', JSON.stringify(document));
    const result = await run(['validate', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${path}: $.steps[2]: warning: step "leave" has no flow out`);
    expect(result.stdout).toContain(`${path}: valid (0 errors, 1 warning)`);
    expect((await run(['validate', '--strict', path])).code).toBe(1);
  });

  it('--json prints the findings for scripts', async () => {
    const document = minimalJson();
    setAt(document, ['flows', 0, 'to'], 'serv');
    const bad = file('ref.json', JSON.stringify(document));
    const result = await run(['validate', '--json', bad, examples[0]!]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: Record<string, unknown>[] };
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({
      file: bad,
      readable: true,
      valid: false,
      errors: 1,
      warnings: expect.any(Number),
      findings: expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          level: 'semantic',
          code: 'unknown-step',
          path: '$.flows[0].to',
          message: 'step "serv" does not exist (did you mean "serve"?)',
        }),
      ]),
    });
    expect(report.files[1]).toMatchObject({ file: examples[0], valid: true, errors: 0 });
  });

  it('reads standard input for "-"', async () => {
    const result = await run(['validate', '-'], JSON.stringify(minimalJson()));
    expect(result).toMatchObject({ code: 0, stdout: '<stdin>: valid\n' });
  });

  it.each([
    ['not JSON', 'hello', 1, /: \$: not valid JSON: unexpected character \(line 1, column 1\)/],
    ['empty', '', 1, /: \$: the file is empty/],
    ['a JSON array', '[]', 1, /: \$: a blueprint file must hold a JSON object/],
    [
      'another format',
      '{"format": "bpmn"}',
      1,
      /: \$\.format: must be "blueprint-lab", not "bpmn"/,
    ],
  ])('%s: exit %s with a plain message', async (_what, content, code, message) => {
    const result = await run(['validate', file('input.json', content as string)]);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(message as RegExp);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exit 2 for files that cannot be read, with a plain message each', async () => {
    const binary = file('binary.json', Buffer.from([0x7b, 0x00, 0xff, 0x10, 0x00]));
    const latin1 = file('latin1.json', Buffer.from('{"name": "caf\xe9"}', 'latin1'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    const result = await run(['validate', dir, join(dir, 'missing.json'), binary, latin1, huge]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${dir}: is a directory, not a file`,
      `${join(dir, 'missing.json')}: no such file`,
      `${binary}: is a binary file, not a JSON text file`,
      `${latin1}: is not UTF-8 text (save it as UTF-8 JSON)`,
      `${huge}: is 50.0 MB; blueprint files are limited to 10 MB`,
    ]);
  });

  it('exit 2 for usage errors', async () => {
    expect(await run(['validate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('validate needs at least one FILE'),
    });
    expect(await run(['validate', '--frobnicate', 'x.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--frobnicate'"),
    });
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(await run([])).toMatchObject({
      code: 2,
      stdout: expect.stringContaining('Usage: blueprint-lab'),
    });
  });

  it('prints the JSON Schema', async () => {
    const result = await run(['schema']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      $id: 'urn:blueprint-lab:schema:blueprint',
      type: 'object',
    });
  });
});

describe('the installed command', () => {
  it('runs as `blueprint-lab` from package.json bin', async () => {
    const bin = join(root, 'bin/blueprint-lab.mjs');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'validate', examples[0]!],
      { cwd: root },
    );
    expect(stdout).toBe(`${examples[0]}: valid\n`);
    await expect(
      promisify(execFile)(process.execPath, [bin, 'validate', join(root, 'package.json')]),
    ).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('$.format: is required'),
    });
  });
});
