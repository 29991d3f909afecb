/**
 * One calibration from a log's bytes: the records collected as they stream past, then
 * the fits. The app's worker runs it on a File's stream, the command line on a file's;
 * applying the fits
 * (applyCalibration) is left to the caller, who may keep only some of them.
 */
import type { Blueprint } from '../model/index.ts';
import { type CalibrationOptions, createCalibrationCollector } from './collect.ts';
import { fitCollected } from './fits.ts';
import type { CalibrationFits, FitOptions } from './fitTypes.ts';
import { type ReadLogResult, type ReadLogSettings, readLog } from './logs/index.ts';

export type CalibrateLogSettings = ReadLogSettings & CalibrationOptions & FitOptions;

export type CalibrateLogOutcome =
  | { ok: true; read: Extract<ReadLogResult, { ok: true }>; fits: CalibrationFits }
  | { ok: false; read: Extract<ReadLogResult, { ok: false }> };

/**
 * Reads the log in `source` with `settings` (the map's steps, classes and pool match its
 * names to the blueprint) and fits what it can. A read stopped early still fits what
 * was read (`read.stopped` says so).
 */
export async function calibrateLog(
  source: AsyncIterable<Uint8Array>,
  blueprint: Blueprint,
  settings: CalibrateLogSettings,
): Promise<CalibrateLogOutcome> {
  const map = settings.map ?? {};
  const collector = createCalibrationCollector(blueprint, map, settings);
  const read = await readLog(source, settings, collector.handlers);
  if (!read.ok) return { ok: false, read };
  const fits = fitCollected(blueprint, collector.collected, read.mapping.kind, map, {
    ...(settings.dayType === undefined ? {} : { dayType: settings.dayType }),
  });
  return { ok: true, read, fits };
}
