/**
 * `blueprint-lab validate FILE…`: checks blueprint files the way the app opens them.
 * Exit 0 when all are valid (warnings are printed), 1 when any has errors, 2 when a file
 * cannot be read or the command is misused.
 */
import { type Finding, formatFinding, loadBlueprintText } from '../model/index.ts';
import { type CliIo, EXIT } from './io.ts';
import { type InputResult, readBlueprintFile, readStdin } from './readInput.ts';
import { printable, printableJson } from './terminalText.ts';

export interface ValidateOptions {
  json: boolean;
  /** Treat warnings as errors, for scripts that want clean files. */
  strict: boolean;
}

export type FileReport =
  | { file: string; readable: false; reason: string }
  | {
      file: string;
      readable: true;
      valid: boolean;
      errors: number;
      warnings: number;
      migratedFrom?: number;
      findings: Finding[];
    };

export function checkText(file: string, text: string, strict: boolean): FileReport {
  const result = loadBlueprintText(text);
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  return {
    file,
    readable: true,
    valid: errors === 0 && (!strict || warnings === 0),
    errors,
    warnings,
    ...(result.ok && result.migratedFrom !== undefined
      ? { migratedFrom: result.migratedFrom }
      : {}),
    findings: result.findings,
  };
}

async function read(file: string, io: CliIo): Promise<InputResult> {
  if (file !== '-') return readBlueprintFile(file);
  if (!io.stdin) return { ok: false, reason: 'standard input is not available' };
  return readStdin(io.stdin);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function printReport(report: FileReport, io: CliIo): void {
  if (!report.readable) {
    io.stderr.write(`${printable(`${report.file}: ${report.reason}`)}\n`);
    return;
  }
  for (const finding of report.findings)
    io.stdout.write(`${printable(`${report.file}: ${formatFinding(finding)}`)}\n`);
  const counts = [plural(report.errors, 'error'), plural(report.warnings, 'warning')].join(', ');
  const migrated =
    report.migratedFrom === undefined ? '' : ` (format version ${report.migratedFrom}, upgraded)`;
  io.stdout.write(
    `${printable(report.file)}: ${report.valid ? 'valid' : 'invalid'}${migrated}${report.findings.length ? ` (${counts})` : ''}\n`,
  );
}

export async function validateFiles(
  files: readonly string[],
  options: ValidateOptions,
  io: CliIo,
): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const input = await read(file, io);
    const name = file === '-' ? '<stdin>' : file;
    const report: FileReport = input.ok
      ? checkText(name, input.text, options.strict)
      : { file: name, readable: false, reason: input.reason };
    reports.push(report);
    if (!options.json) printReport(report, io);
  }
  if (options.json)
    io.stdout.write(`${printableJson(JSON.stringify({ files: reports }, null, 2))}\n`);
  if (reports.some((report) => !report.readable)) return EXIT.usage;
  if (reports.some((report) => report.readable && !report.valid)) return EXIT.invalid;
  return EXIT.ok;
}
