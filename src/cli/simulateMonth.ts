/**
 * `simulate FILE --month`: every day type of the blueprint run in turn (the same
 * replications, day type k with seed + k), and the month made of them by their
 * `daysPerMonth` (src/analysis/month.ts): the report, or the JSON of
 * docs/results-format.md, section 10.
 */
import { type MonthDay, month, monthRuns } from '../analysis/month.ts';
import { DEFAULTS } from '../model/defaults.ts';
import type { Blueprint } from '../model/index.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { formatMonthReport } from './monthReport.ts';
import type { SimulateCommand } from './simulateOptions.ts';
import { execute, runError } from './simulateRun.ts';
import { printableJson } from './terminalText.ts';

export async function runMonth(
  blueprint: Blueprint,
  command: SimulateCommand,
  io: CliIo,
): Promise<number> {
  const seed = command.seed ?? blueprint.run?.seed ?? DEFAULTS.seed;
  const runs = monthRuns(blueprint, seed);
  if (runs === 'no-day-types')
    throw new UsageError(
      '--month: the blueprint has no day types (docs/blueprint-format.md, 3.12)',
    );
  if (runs === 'steady-state')
    throw new UsageError(
      '--month: the blueprint runs a steady state; a month is made of business days',
    );
  try {
    const days: (MonthDay & { seed: number })[] = [];
    for (const run of runs) {
      const settings = { replications: command.replications, seed: run.seed };
      const { results } = await execute(run.blueprint, settings, command, io, undefined);
      results.run.dayType = run.dayType;
      days.push({ ...run, results });
    }
    const replications = days[0]!.results.run.replications;
    const made = month(blueprint.id, { replications, seed }, days);
    io.stdout.write(
      command.json
        ? `${printableJson(JSON.stringify(made, null, 2))}\n`
        : formatMonthReport(blueprint, made, command.language),
    );
    return EXIT.ok;
  } catch (error) {
    const handled = runError(command.file, error, io);
    if (handled !== undefined) return handled;
    throw error;
  }
}
