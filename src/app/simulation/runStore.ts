/**
 * Simulation runs in the app: the run under way (progress, cancel), the latest results
 * with the blueprint they were run on (a snapshot: editing during a run does not change
 * what is being run, and results become stale when the blueprint moves on), and saved
 * scenarios for comparing redesigns. Separate from the blueprint store: runs are not
 * edits and are not undone.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { castDraft } from 'immer';
import type { Month } from '../../analysis/month.ts';
import type { Blueprint } from '../../model/index.ts';
import type { BudgetProblem, Results } from '../../sim/index.ts';
import type { Scenario } from '../results/scenario.ts';
import type { RunHandle, RunProgress } from './runClient.ts';
import type { RunOptions } from './workerApi.ts';

/** A finished run: what was run, and what came out. */
export interface RunRecord {
  serial: number;
  blueprint: Blueprint;
  /** Empty for a run of the open blueprint; a what-if's description otherwise. */
  variant: string;
  /** For a month, the results of the day type shown (showMonthDay), at first the first one. */
  results: Results;
  /** A month of day types, or null for a run of one day. */
  month: Month | null;
  finishedAt: string;
  milliseconds: number;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export const DOCK_TABS = ['results', 'estimates', 'whatIf', 'staffing', 'scenarios'] as const;
export type DockTab = (typeof DOCK_TABS)[number];

/** Starts a run; the app's is runClient.startRun (workers), tests pass the engine directly. */
export type RunStarter = (
  blueprint: Blueprint,
  options: RunOptions,
  onProgress: (progress: RunProgress) => void,
) => RunHandle;

export interface RunState {
  status: RunStatus;
  progress: RunProgress | null;
  /** What is being run now (a what-if's description, or empty). */
  runningVariant: string | null;
  latest: RunRecord | null;
  /** The run of the open blueprint that the latest what-if varies. */
  whatIfBase: RunRecord | null;
  error: string | null;
  /** Why the run could not finish, when the engine's run budget stopped it. */
  problem: BudgetProblem | null;
  options: RunOptions;
  overlay: boolean;
  scenarios: Scenario[];
  /** Saved scenarios left out on start because their results are of an older format version. */
  outdatedScenarios: number;
  comparing: readonly [string, string] | null;
  /** The simulation dock under the canvas: open or folded to its tab bar, and which tab. */
  dock: { open: boolean; tab: DockTab };
  showDock: (tab: DockTab) => void;
  setDockOpen: (open: boolean) => void;
  /** Runs the blueprint (replacing any run under way); resolves with the record, or null. */
  run: (blueprint: Blueprint, variant?: string) => Promise<RunRecord | null>;
  cancel: () => void;
  /** After a month's run: shows that day type's results (and its heat on the canvas). */
  showMonthDay: (dayType: string) => void;
  setOptions: (options: RunOptions) => void;
  setOverlay: (on: boolean) => void;
  /** Saves the latest results under a name; returns the scenario, or null with nothing to save. */
  saveScenario: (name: string) => Scenario | null;
  removeScenario: (id: string) => void;
  compare: (pair: readonly [string, string] | null) => void;
  /** Another document was opened: its results are gone, saved scenarios stay. */
  forgetResults: () => void;
}

export function createRunStore(start: RunStarter) {
  let handle: RunHandle | null = null;
  let serial = 0;
  return create<RunState>()(
    immer((set, get) => ({
      status: 'idle',
      progress: null,
      runningVariant: null,
      latest: null,
      whatIfBase: null,
      error: null,
      problem: null,
      options: {},
      overlay: true,
      scenarios: [],
      outdatedScenarios: 0,
      comparing: null,
      dock: { open: false, tab: 'estimates' },

      showDock: (tab) => set({ dock: { open: true, tab } }),
      setDockOpen: (open) =>
        set((state) => {
          state.dock.open = open;
        }),

      run: async (blueprint, variant = '') => {
        handle?.cancel();
        const mine = ++serial;
        set((state) => {
          state.status = 'running';
          state.progress = null;
          state.error = null;
          state.problem = null;
          state.runningVariant = variant;
        });
        // A what-if runs what the open blueprint runs with these options: with the month
        // chosen, the month again with the change (the same seeds: paired day type by day type).
        const options = get().options;
        const current = start(blueprint, options, (progress) => {
          if (mine === serial) set({ progress });
        });
        handle = current;
        const outcome = await current.outcome;
        if (mine !== serial) return null; // a newer run took over
        handle = null;
        if (outcome.kind !== 'done') {
          set((state) => {
            state.status = outcome.kind;
            state.runningVariant = null;
            state.error = outcome.kind === 'failed' ? outcome.message : null;
            state.problem = outcome.kind === 'failed' ? (outcome.problem ?? null) : null;
          });
          return null;
        }
        const record: RunRecord = {
          serial: mine,
          blueprint,
          variant,
          results: outcome.results,
          month: outcome.month ?? null,
          finishedAt: new Date().toISOString(),
          milliseconds: outcome.milliseconds,
        };
        set((state) => {
          state.status = 'done';
          state.runningVariant = null;
          // A what-if is compared with the run it varies, so that run is kept beside it.
          if (variant !== '' && state.latest?.variant === '') state.whatIfBase = state.latest;
          if (variant === '') state.whatIfBase = null;
          state.latest = castDraft(record);
          // The results are what the user asked for: show them. A what-if shows its change
          // in its own tab, where it was asked for.
          if (variant === '') state.dock = { open: true, tab: 'results' };
        });
        return record;
      },

      cancel: () => {
        handle?.cancel();
      },

      showMonthDay: (dayType) =>
        set((state) => {
          const day = state.latest?.month?.dayTypes.find((one) => one.id === dayType);
          if (state.latest && day) state.latest.results = day.results;
        }),

      setOptions: (options) =>
        set((state) => {
          state.options = options;
        }),

      setOverlay: (on) => set({ overlay: on }),

      saveScenario: (name) => {
        const latest = get().latest;
        if (!latest) return null;
        const scenario: Scenario = {
          id: `scenario-${latest.serial}-${Date.now().toString(36)}`,
          name: name.trim() || latest.variant || 'Scenario',
          createdAt: new Date().toISOString(),
          blueprint: latest.blueprint,
          results: latest.results,
          ...(latest.month ? { month: latest.month } : {}),
          // A what-if's run is saved as what it is, with its change: never as the blueprint.
          ...(latest.variant ? { variant: latest.variant } : {}),
        };
        set((state) => {
          state.scenarios.push(castDraft(scenario));
        });
        return scenario;
      },

      removeScenario: (id) =>
        set((state) => {
          state.scenarios = state.scenarios.filter((scenario) => scenario.id !== id);
          if (state.comparing?.includes(id)) state.comparing = null;
        }),

      compare: (pair) => set({ comparing: pair }),

      forgetResults: () => {
        handle?.cancel();
        serial++;
        handle = null;
        set((state) => {
          state.status = 'idle';
          state.progress = null;
          state.latest = null;
          state.whatIfBase = null;
          state.error = null;
          state.problem = null;
          state.runningVariant = null;
        });
      },
    })),
  );
}

const serialized = new WeakMap<Blueprint, string>();

function textOf(blueprint: Blueprint): string {
  let text = serialized.get(blueprint);
  if (text === undefined) {
    text = JSON.stringify(blueprint);
    serialized.set(blueprint, text);
  }
  return text;
}

/**
 * True when the results were run on a blueprint that has since changed. Compared by
 * content, not identity: undoing an edit, or making it and changing it back, makes the
 * results current again.
 */
export function isStale(latest: RunRecord | null, blueprint: Blueprint | null): boolean {
  if (latest === null || latest.variant !== '' || latest.blueprint === blueprint) return false;
  return blueprint === null || textOf(latest.blueprint) !== textOf(blueprint);
}
