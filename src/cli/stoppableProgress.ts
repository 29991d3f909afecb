/**
 * A long command on the command line (calibrate's and backtest's reading of a log,
 * backtest's simulated days): a progress bar on standard error (when it is a terminal,
 * or with --progress; quiet otherwise, so a script's output stays clean) and Ctrl-C
 * turned into a stop the work polls between its turns, so an interrupted command ends
 * cleanly: it throws Interrupted (exit 130) before it writes any output file.
 */
import { type CliIo, Interrupted } from './io.ts';

const WIDTH = 30;
/** Redraw at most this often: smooth for the eye, cheap for the work. */
const REDRAW_MS = 100;

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

export class StoppableProgress {
  private lastDraw = -Infinity;
  /** The label of the bar on the current line, if one is drawn. */
  private shownLabel: string | null = null;
  private interrupted = false;
  private readonly onInterrupt = () => {
    this.interrupted = true;
  };

  /** Listens for Ctrl-C from now until `end`; draws only when `show`. */
  constructor(
    private readonly io: CliIo,
    private readonly show: boolean,
  ) {
    process.on('SIGINT', this.onInterrupt);
  }

  /** For the work's shouldStop: Ctrl-C was pressed. */
  readonly shouldStop = (): boolean => this.interrupted;

  /** `bytes` of the log's `size` read. */
  readonly bytes = (bytes: number, size: number): void => {
    this.draw('reading', bytes, size, `${megabytes(bytes)} of ${megabytes(size)} MB`);
  };

  /** `done` of `total` business days simulated. */
  readonly days = (done: number, total: number): void => {
    this.draw('simulating', done, total, `${done} of ${total} days`);
  };

  /** Stops listening, ends the bar's line; throws Interrupted if Ctrl-C was pressed. */
  end(): void {
    process.off('SIGINT', this.onInterrupt);
    if (this.shownLabel !== null) this.io.stderr.write('\n');
    this.shownLabel = null;
    if (this.interrupted) throw new Interrupted('interrupted');
  }

  private draw(label: string, done: number, total: number, detail: string): void {
    if (!this.show) return;
    const now = performance.now();
    const sameBar = label === this.shownLabel;
    if (sameBar && now - this.lastDraw < REDRAW_MS && done < total) return;
    this.lastDraw = now;
    // A new stage starts its own line under the finished one.
    if (!sameBar && this.shownLabel !== null) this.io.stderr.write('\n');
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(fraction * WIDTH);
    this.io.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)} % · ${detail}`,
    );
    this.shownLabel = label;
  }
}
