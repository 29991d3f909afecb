/**
 * `blueprint-lab simulate FILE`: runs the simulator on a blueprint and prints a report,
 * or the documented results as JSON. Invalid blueprints print the validator's messages
 * and exit 1; usage errors and unreadable files exit 2.
 */
import { parseArgs } from 'node:util';
import {
  type Finding,
  formatFinding,
  loadBlueprintText,
  loadBlueprintValue,
} from '../model/index.ts';
import { SimulationError } from '../sim/compile.ts';
import { simulate } from '../sim/simulate.ts';
import { EventLog, MAX_LOG_ROWS } from './eventLog.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { readBlueprintFile } from './readInput.ts';
import { formatReport } from './report.ts';
import { applySet } from './setPath.ts';

/** The format's own limits (src/model/schema/run.ts): an option cannot go past them either. */
const MAXIMA: Record<string, number> = {
  replications: 10_000,
  seed: 4_294_967_295,
  horizon: 10_000_000,
  warmup: 10_000_000,
};

function positiveNumber(
  name: string,
  text: string | undefined,
  integer: boolean,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value)) ||
    (name !== 'seed' && name !== 'warmup' && value === 0) ||
    value > (MAXIMA[name] ?? Infinity)
  ) {
    throw new UsageError(
      `--${name} must be a ${integer ? 'whole ' : ''}number${name === 'seed' || name === 'warmup' ? ' ≥ 0' : ' > 0'} and at most ${MAXIMA[name]}, not "${text}"`,
    );
  }
  return value;
}

function printFindings(file: string, findings: readonly Finding[], io: CliIo): void {
  for (const finding of findings) io.stderr.write(`${file}: ${formatFinding(finding)}\n`);
}

function progressBar(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(
      `\rsimulating [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} replications${done === total ? '\n' : ''}`,
    );
  };
}

export async function runSimulate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      replications: { type: 'string' },
      seed: { type: 'string' },
      horizon: { type: 'string' },
      warmup: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      log: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('simulate needs exactly one FILE');
  const file = positionals[0]!;
  const options = {
    replications: positiveNumber('replications', values.replications, true),
    seed: positiveNumber('seed', values.seed, true),
    horizon: positiveNumber('horizon', values.horizon, false),
    warmup: positiveNumber('warmup', values.warmup, false),
  };

  const input = await readBlueprintFile(file);
  if (!input.ok) {
    io.stderr.write(`${file}: ${input.reason}\n`);
    return EXIT.usage;
  }
  let loaded = loadBlueprintText(input.text);
  if (loaded.ok && values.set.length > 0) {
    const document = JSON.parse(input.text) as unknown;
    for (const assignment of values.set) applySet(document, assignment);
    loaded = loadBlueprintValue(document);
  }
  const errors = loaded.findings.filter((finding) => finding.severity === 'error');
  if (!loaded.ok || errors.length > 0) {
    printFindings(file, errors.length ? errors : loaded.findings, io);
    io.stderr.write(`${file}: cannot simulate: fix the errors above\n`);
    return EXIT.invalid;
  }

  // A business day has no warm-up; only a steady state discards its start.
  if (
    options.warmup !== undefined &&
    options.horizon === undefined &&
    loaded.blueprint.run?.mode !== 'steady'
  ) {
    throw new UsageError('--warmup applies to a steady-state run: give --horizon too');
  }
  const log = values.log ? new EventLog(values.log) : undefined;
  try {
    const results = simulate(loaded.blueprint, {
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
      onProgress: progressBar(io),
      ...(log ? { onEvent: (row) => log.add(row) } : {}),
    });
    if (log?.truncated) results.warnings.push(`the event log stopped at ${MAX_LOG_ROWS} rows`);
    io.stdout.write(
      values.json
        ? `${JSON.stringify(results, null, 2)}\n`
        : formatReport(loaded.blueprint, results, values.lang),
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SimulationError) {
      io.stderr.write(`${file}: cannot simulate: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  } finally {
    log?.close();
  }
}
