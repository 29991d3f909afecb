/**
 * `blueprint-lab COMMAND --help` prints that command's usage and options (exit 0), where
 * each command's option parser used to refuse --help as an unknown option.
 */
import { describe, expect, it } from 'vitest';
import { run } from './support.ts';

describe('a command asked for its help', () => {
  it.each([
    [
      'calibrate',
      ['--help'],
      ['Usage: blueprint-lab calibrate LOG', '--day-type D', '--map MAP.json'],
    ],
    ['calibrate', ['log.csv', '-h'], ['Usage: blueprint-lab calibrate LOG']],
    ['backtest', ['--help'], ['Usage: blueprint-lab backtest LOG --blueprint FILE', '--ticket-at']],
    ['simulate', ['--help'], ['Usage: blueprint-lab simulate FILE', '--month', '--jobs N']],
    ['validate', ['--help'], ['Usage: blueprint-lab validate FILE', '--strict']],
  ])('%s %j prints its usage', async (command, args, wanted) => {
    const { code, stdout, stderr } = await run([command, ...args]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const text of wanted) expect(stdout).toContain(text);
    // Only that command's part: another command's options are not listed.
    const others = ['calibrate LOG', 'backtest LOG', 'simulate FILE', 'validate FILE'].filter(
      (other) => !other.startsWith(command),
    );
    for (const other of others) expect(stdout).not.toContain(other);
    expect(stdout).toContain('blueprint-lab help');
  });

  it('an unknown option is still refused', async () => {
    const { code, stderr } = await run(['calibrate', 'log.csv', '--helpme']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown option');
  });
});
