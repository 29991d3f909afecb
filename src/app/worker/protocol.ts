/** Messages between the app and the simulation worker. Plain data only. */
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';

export interface RunRequest {
  type: 'run';
  id: number;
  blueprint: Blueprint;
  options: { replications?: number; seed?: number; horizon?: number; warmup?: number };
}

export type WorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; results: Results }
  | { type: 'error'; id: number; message: string };
