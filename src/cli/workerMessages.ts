/** What the main thread and a `simulate` worker thread send each other: plain data. */
import type { Blueprint } from '../model/index.ts';
import type { BudgetProblem } from '../sim/budget.ts';
import type { LogTarget } from './eventLog.ts';
import type { RangeResult, ReplicationRange, RunSettings } from './runReplications.ts';

export interface WorkerInput {
  blueprint: Blueprint;
  settings: RunSettings;
  range: ReplicationRange;
  /** Only for the worker whose range holds replication 1. */
  log?: LogTarget;
}

export type WorkerMessage =
  | { type: 'done'; count: number }
  | { type: 'clock'; minutes: number }
  | ({ type: 'result' } & RangeResult)
  | {
      type: 'failed';
      /** An output could not be written (exit 4). */
      output: boolean;
      /** The run budget stopped the run (exit 3): the problem, to rebuild the error. */
      budget?: BudgetProblem;
      message: string;
      stack: string | undefined;
    };
