/**
 * The progress bar on standard error (only when it is a terminal): how far the run is,
 * counting finished replications and, within the ones under way, the simulated clock,
 * so that one long replication (`--horizon 1e7 --replications 1`) moves the bar too.
 * Parts run in parallel each report their own progress; the bar shows their sum.
 */
import type { RunWindow } from '../sim/model.ts';
import type { CliIo } from './io.ts';

const WIDTH = 30;
/** Redraw at most this often: smooth for the eye, cheap for the run. */
const REDRAW_MS = 100;
/** A business day runs on after closing until everyone has left: never show it as done. */
const MOST_OF_A_REPLICATION = 0.99;

interface PartState {
  done: number;
  /** The clock of the replication under way, or null between replications. */
  clock: number | null;
}

export class Progress {
  private readonly parts: PartState[];
  private lastDraw = -Infinity;
  private finished = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly window: Pick<RunWindow, 'start' | 'arrivalsEnd' | 'hardEnd' | 'mode'>,
    parts: number,
  ) {
    this.parts = Array.from({ length: parts }, () => ({ done: 0, clock: null }));
  }

  /** A part finished `done` of its replications. */
  replicationsDone(part: number, done: number): void {
    this.parts[part] = { done, clock: null };
    this.draw(true); // rare enough to show each one
  }

  /** The replication under way in a part has reached `clock` (minutes on the run's clock). */
  clock(part: number, clock: number): void {
    this.parts[part]!.clock = clock;
    this.draw(false);
  }

  /** Ends the line if a bar is showing (when the run stopped before the end). */
  end(): void {
    if (!this.finished && this.lastDraw > -Infinity) this.io.stderr.write('\n');
    this.finished = true;
  }

  private doneCount(): number {
    return this.parts.reduce((sum, part) => sum + part.done, 0);
  }

  /** How much of one replication a clock reading stands for. */
  private fractionAt(clock: number): number {
    const { start, mode } = this.window;
    const end = mode === 'steady' ? this.window.hardEnd : this.window.arrivalsEnd;
    if (!(end > start)) return 0;
    return Math.min(MOST_OF_A_REPLICATION, Math.max(0, (clock - start) / (end - start)));
  }

  private draw(force: boolean): void {
    if (this.finished) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const done = this.doneCount();
    const under = this.parts.reduce(
      (sum, part) => sum + (part.clock === null ? 0 : this.fractionAt(part.clock)),
      0,
    );
    const fraction = Math.min(1, (done + under) / this.total);
    const filled = Math.round(fraction * WIDTH);
    const complete = done === this.total;
    this.io.stderr.write(
      `\rsimulating [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)} % · ${done}/${this.total} replications${complete ? '\n' : ''}`,
    );
    if (complete) this.finished = true;
  }
}
