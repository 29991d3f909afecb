/**
 * What the calibration worker offers the page (through comlink): one job, a log read and
 * fitted against a blueprint, with progress in bytes. Only plain data crosses: the File
 * itself (browsers clone it by reference, not by content), the blueprint, the settings,
 * and the outcome.
 */
import type { CalibrateLogOutcome } from '../../calibrate/index.ts';
import type { DateOrder, LogMap } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';

/** What the user chose in the dialog; everything else is read from the file. */
export interface CalibrationRequest {
  /** The confirmed map; absent on the first read, which uses the header's suggestion. */
  map?: LogMap;
  binMinutes: number;
  timeZone: string;
  dateOrder?: DateOrder;
}

export interface ReadProgress {
  bytes: number;
  size: number;
}

export type CalibrationJobOutcome =
  | { kind: 'read'; outcome: CalibrateLogOutcome }
  /** The file could not be read at all (it went away, the browser refused): the reason as given. */
  | { kind: 'unreadable'; message: string };

export interface CalibrateWorkerApi {
  calibrate(
    file: Blob,
    blueprint: Blueprint,
    request: CalibrationRequest,
    report: (progress: ReadProgress) => void,
  ): Promise<CalibrationJobOutcome>;
}
