/**
 * Reading a log on the command line: a progress bar on standard error (when it is a
 * terminal, or with --progress) moved by the bytes read, and Ctrl-C turned into a stop
 * the reader polls once a chunk, so an interrupted reading ends cleanly: the command
 * throws Interrupted (exit 130) before it writes any output file.
 */
import { type CliIo, Interrupted } from './io.ts';

const WIDTH = 30;
/** Redraw at most this often: smooth for the eye, cheap for the reading. */
const REDRAW_MS = 100;

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

export class ReadProgress {
  private lastDraw = -Infinity;
  private shown = false;
  private interrupted = false;
  private readonly onInterrupt = () => {
    this.interrupted = true;
  };

  /** Listens for Ctrl-C from now until `end`; draws only when `show`. */
  constructor(
    private readonly io: CliIo,
    private readonly show: boolean,
    private readonly label: string,
  ) {
    process.on('SIGINT', this.onInterrupt);
  }

  /** For the reader's shouldStop: Ctrl-C was pressed. */
  readonly shouldStop = (): boolean => this.interrupted;

  /** `bytes` of `size` read. */
  readonly bytes = (bytes: number, size: number): void => {
    if (!this.show) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS && bytes < size) return;
    this.lastDraw = now;
    const fraction = size > 0 ? Math.min(1, bytes / size) : 1;
    const filled = Math.round(fraction * WIDTH);
    this.io.stderr.write(
      `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)} % · ${megabytes(bytes)} of ${megabytes(size)} MB`,
    );
    this.shown = true;
  };

  /** Stops listening, ends the bar's line; throws Interrupted if Ctrl-C was pressed. */
  end(): void {
    process.off('SIGINT', this.onInterrupt);
    if (this.shown) this.io.stderr.write('\n');
    this.shown = false;
    if (this.interrupted) throw new Interrupted('interrupted');
  }
}
