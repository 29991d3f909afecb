/**
 * The `blueprint-lab` command line: a thin layer over the model (and, later, the
 * simulator). Every command returns its exit code; nothing here calls process.exit, so
 * tests run commands in-process.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { blueprintJsonSchema } from '../model/jsonSchema.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { runSimulate } from './simulate.ts';
import { validateFiles } from './validate.ts';

const HELP = `Usage: blueprint-lab <command> [options]

Commands:
  validate FILE…    check blueprint files (use - for standard input)
      --json        print the findings as JSON
      --strict      treat warnings as errors
  simulate FILE     simulate a blueprint and report wait points, fail points, pools
      --replications N   independent runs (default: the file's, else 10)
      --seed S           random seed (same seed, same results)
      --horizon MIN      run a steady state of MIN minutes instead of the file's run
      --warmup MIN       minutes simulated first and discarded (steady state)
      --set PATH=VALUE   change the blueprint first, e.g. resources.tellers.capacity=4
                         (repeatable; arrays are addressed by id)
      --json             print the results as JSON (docs/results-format.md)
      --log FILE.csv     write every event (case, replication, class, step, event,
                         time, background), at most 1 000 000 rows
      --lang TAG         language of labels in the report (en, zh-CN)
  schema            print the blueprint JSON Schema
  help              show this help

Exit codes: 0 success, 1 invalid blueprint, 2 usage error or unreadable file.
Format reference: docs/blueprint-format.md
`;

function version(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0)
    throw new UsageError('validate needs at least one FILE (or - for standard input)');
  return validateFiles(positionals, { json: values.json, strict: values.strict }, io);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'validate':
        return await runValidate(args, io);
      case 'simulate':
        return await runSimulate(args, io);
      case 'schema':
        io.stdout.write(`${JSON.stringify(blueprintJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '--version':
      case '-v':
        io.stdout.write(`${version()}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(
        `blueprint-lab: ${(error as Error).message}\nRun "blueprint-lab help" for usage.\n`,
      );
      return EXIT.usage;
    }
    io.stderr.write(
      `blueprint-lab: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.usage;
  }
}
