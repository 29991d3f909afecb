/**
 * The worker's one job, apart from the worker so that tests run it directly: a Blob's
 * bytes streamed through the calibration (src/calibrate), progress reported at most
 * every REPORT_EVERY_MS and once at the end. Cancelling is the page's: it ends the worker.
 */
import { calibrateLog } from '../../calibrate/index.ts';
import { streamChunks } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';
import type { CalibrationJobOutcome, CalibrationRequest, ReadProgress } from './workerApi.ts';

/** Often enough for a smooth bar, rarely enough not to flood the page. */
export const REPORT_EVERY_MS = 100;

/** A File that changed or went away since it was chosen fails with one of these. */
export const FILE_READ_ERRORS = new Set(['NotReadableError', 'NotFoundError', 'SecurityError']);

export async function runCalibrationJob(
  file: Blob,
  blueprint: Blueprint,
  request: CalibrationRequest,
  report: (progress: ReadProgress) => void,
  now: () => number = () => performance.now(),
): Promise<CalibrationJobOutcome> {
  const size = file.size;
  let last = -Infinity;
  try {
    const outcome = await calibrateLog(streamChunks(file.stream()), blueprint, {
      ...(request.map === undefined ? {} : { map: request.map }),
      timeZone: request.timeZone,
      ...(request.dateOrder === undefined ? {} : { dateOrder: request.dateOrder }),
      binMinutes: request.binMinutes,
      onProgress: (bytes) => {
        const at = now();
        if (at - last < REPORT_EVERY_MS && bytes < size) return;
        last = at;
        report({ bytes, size });
      },
    });
    return { kind: 'read', outcome };
  } catch (error) {
    // A File's read fails with a DOMException when the file changed or went away since it
    // was chosen: the user's to hear. Anything else is a bug and goes on up.
    if (error instanceof Error && FILE_READ_ERRORS.has(error.name))
      return { kind: 'unreadable', message: error.message };
    throw error;
  }
}
