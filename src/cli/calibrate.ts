/**
 * `blueprint-lab calibrate LOG --blueprint FILE`: reads a branch's queue-ticket or event
 * log (streaming), fits arrivals, service times, patience, windows open and branch
 * probabilities, writes them into a copy of the blueprint with their provenance
 * (--out), and prints what was fitted, how well, and what was skipped or not matched.
 * Exit codes as for every command: 1 an invalid blueprint, 2 a usage error or an input
 * that cannot be read (the log's columns included) or of which no row can be used, 4 an
 * output that cannot be written.
 */
import { basename } from 'node:path';
import { applyCalibration, calibrateLog } from '../calibrate/index.ts';
import { type LogMap, describeMapProblem } from '../calibrate/logs/index.ts';
import {
  type Finding,
  formatFinding,
  loadBlueprintText,
  loadBlueprintValue,
  serializeBlueprint,
} from '../model/index.ts';
import { calibrationData, formatCalibrationReport, skippedLines } from './calibrateReport.ts';
import { chooseDays, dayTypeProblem } from './calibrateDays.ts';
import { parseCalibrateArgs } from './calibrateOptions.ts';
import { type CliIo, EXIT } from './io.ts';
import { finishOutput, openPendingOutput, refuseInputAsOutput, writeOutput } from './outputFile.ts';
import { readBlueprintFile } from './readInput.ts';
import { StoppableProgress } from './stoppableProgress.ts';
import { readLogMapFile, streamLogFile } from './readLog.ts';
import { printable, printableJson } from './terminalText.ts';

function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

export async function runCalibrate(args: string[], io: CliIo): Promise<number> {
  const command = parseCalibrateArgs(args);
  const inputs = [command.log, command.blueprint, ...(command.map ? [command.map] : [])];
  if (command.out !== undefined) refuseInputAsOutput('--out', command.out, inputs);
  const fail = (file: string, reason: string, code: number) => {
    io.stderr.write(`${printable(`${file}: ${reason}`)}\n`);
    return code;
  };

  const input = await readBlueprintFile(command.blueprint);
  if (!input.ok) return fail(command.blueprint, input.reason, EXIT.usage);
  const loaded = loadBlueprintText(input.text);
  if (!loaded.ok || errorsOf(loaded.findings).length > 0) {
    for (const finding of errorsOf(loaded.findings).length
      ? errorsOf(loaded.findings)
      : loaded.findings)
      io.stderr.write(`${printable(`${command.blueprint}: ${formatFinding(finding)}`)}\n`);
    return fail(command.blueprint, 'cannot calibrate: fix the errors above', EXIT.invalid);
  }
  const blueprint = loaded.blueprint;
  const dayProblem = dayTypeProblem(blueprint, command.days);
  if (dayProblem !== undefined) return fail(command.blueprint, dayProblem, EXIT.usage);

  let map: LogMap | undefined;
  if (command.map !== undefined) {
    const read = await readLogMapFile(command.map);
    if (!read.ok) return fail(command.map, read.reason, EXIT.usage);
    map = read.value;
  }

  const progress = new StoppableProgress(io, command.progress || io.stderr.isTTY === true);
  let read;
  try {
    read = await streamLogFile(command.log, (chunks, size) =>
      calibrateLog(chunks, blueprint, {
        ...(map === undefined ? {} : { map }),
        ...(command.kind === undefined ? {} : { kind: command.kind }),
        ...(command.encoding === undefined ? {} : { encoding: command.encoding }),
        ...(command.timeZone === undefined ? {} : { timeZone: command.timeZone }),
        ...(command.dateOrder === undefined ? {} : { dateOrder: command.dateOrder }),
        binMinutes: command.binMinutes,
        // A blueprint day type's dates are chosen after reading, from all the days.
        dayType: command.days.kind === 'calendar' ? command.days.dayType : 'all',
        onProgress: (bytes) => progress.bytes(bytes, size),
        shouldStop: progress.shouldStop,
      }),
    );
  } finally {
    progress.end(); // throws Interrupted after Ctrl-C: nothing is written
  }
  if (!read.ok) return fail(command.log, read.reason, EXIT.usage);
  const outcome = read.value;
  if (!outcome.ok) {
    const where = command.map ?? command.log;
    for (const problem of outcome.read.problems)
      io.stderr.write(
        `${printable(`${where}: ${problem.path}: ${describeMapProblem(problem, command.language)}`)}\n`,
      );
    if (outcome.read.header.length > 0)
      io.stderr.write(
        `${printable(`${command.log}: columns: ${outcome.read.header.join(', ')}`)}\n`,
      );
    return fail(
      command.log,
      'cannot read the log: give --map MAP.json (docs/calibration-logs.md, 4)',
      EXIT.usage,
    );
  }
  const { read: result } = outcome;
  if (result.summary.used === 0) {
    // Nothing to fit: a file written now would carry the blueprint as it was under a
    // provenance that claims a calibration. Say why each row was left out instead.
    const { skipped, rows, reasons } = result.summary;
    if (reasons.length > 0)
      for (const line of skippedLines(result.summary, command.language))
        io.stderr.write(`${printable(`${command.log}:${line}`)}\n`);
    const why =
      rows === 0
        ? 'the log has no rows below its header'
        : `no row could be used (${skipped} of ${rows} rows skipped)`;
    return fail(command.log, `${why}: nothing fitted, nothing written`, EXIT.usage);
  }
  const chosen = chooseDays(outcome.fits, command.days);
  if (!chosen.ok) return fail(command.log, chosen.reason, EXIT.usage);
  const { fits } = chosen;
  const logName = basename(command.log);
  const calibrated = applyCalibration(blueprint, fits, { log: logName, summary: result.summary });
  const check = loadBlueprintValue(calibrated);
  if (!check.ok || errorsOf(check.findings).length > 0) {
    // The fits are written only where the format allows them: an invalid result is a bug.
    const first = check.findings[0];
    throw new Error(
      `the calibrated blueprint is invalid: ${first ? formatFinding(first) : 'unknown'}`,
    );
  }

  if (command.out !== undefined) {
    const output = openPendingOutput(command.out, 'the calibrated blueprint');
    let written = false;
    try {
      writeOutput(
        output.fd,
        serializeBlueprint(calibrated),
        command.out,
        'the calibrated blueprint',
      );
      written = true;
    } finally {
      finishOutput(output, written, 'the calibrated blueprint');
    }
  }

  const report = {
    blueprint,
    calibrated,
    logName,
    encoding: result.encoding.encoding,
    summary: result.summary,
    fits,
    days: command.days,
    ...(command.out === undefined ? {} : { out: command.out }),
  };
  io.stdout.write(
    command.json
      ? `${printableJson(JSON.stringify(calibrationData(report), null, 2))}\n`
      : formatCalibrationReport(report, command.language),
  );
  return EXIT.ok;
}
