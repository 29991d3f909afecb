/** Run settings as the inspector shows them, and switching between a day and a steady state. */
import { DEFAULTS, type RunSettings } from '../../model/index.ts';

/** A steady-state run of one working day (minutes) unless the designer says otherwise. */
const DEFAULT_HORIZON = 480;

/** The run settings in force: absent means a business day with the defaults. */
export function effectiveRun(run: RunSettings | undefined): RunSettings {
  return run ?? { mode: 'day', open: DEFAULTS.open, close: DEFAULTS.close };
}

export function switchRunMode(run: RunSettings, mode: RunSettings['mode']): RunSettings {
  const common = { replications: run.replications, seed: run.seed };
  const clean = <T extends object>(settings: T): T =>
    Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as T;
  return mode === 'day'
    ? clean({ mode, open: DEFAULTS.open, close: DEFAULTS.close, ...common })
    : clean({ mode, horizon: DEFAULT_HORIZON, ...common });
}
