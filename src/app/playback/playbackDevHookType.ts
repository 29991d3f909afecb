/** What the development hook offers (playbackDevHook.ts), for the browser tests and scripts. */
import type { Snapshot } from '../../sim/index.ts';
import type { PlaybackStatus } from './playbackDriver.ts';
import type { DrawnQueue } from './tokenPainter.ts';

export interface PlaybackDevHook {
  snapshot: () => Promise<Snapshot>;
  status: () => PlaybackStatus;
  /** Token centres drawn in the last frame and their radius, CSS px relative to the stage. */
  tokenPositions: () => { x: number; y: number; radius: number }[];
  /** Queues drawn in the last frame, CSS px relative to the stage, with their step ids. */
  drawnQueues: () => (DrawnQueue & { stepId: string })[];
  setSpeed: (minutesPerSecond: number) => void;
  setRateFactor: (factor: number) => void;
}
