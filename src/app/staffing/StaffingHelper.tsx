/**
 * The staffing helper: pick a pool and a wait target, and it simulates unit counts until
 * it finds the fewest that meet it. The search works on the blueprint as it was when Find
 * was pressed; Cancel stops it after the run under way.
 */
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { usePoolEstimates } from '../estimates/usePoolEstimates.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { findStaffing } from './findStaffing.ts';
import { StaffingProgress } from './StaffingProgress.tsx';
import {
  DEFAULT_ENTRIES,
  IDLE,
  SHARE_MAX,
  SHARE_MIN,
  parseMinutes,
  parseShare,
  promisedEntries,
  staffingReducer,
  triesOf,
} from './staffingState.ts';
import { TradeOffChart } from './TradeOffChart.tsx';
import '../styles/planning.css';
import '../styles/results.css';

export interface StaffingHelperProps {
  blueprint: Blueprint;
  /** Simulates a variant (the app's run, in a worker). */
  run: (variant: Blueprint) => Promise<Results>;
  /** Another run is under way: a search is not started. */
  busy: boolean;
  /** The day type the blueprint is on (its name in the UI language); empty as drawn. */
  day?: string;
}

/** The customers choice for all classes together (not a class id: ids start with a letter). */
const ALL = '';

/** The pool offered first: the first staff pool (people are what one usually staffs). */
function defaultPoolId(blueprint: Blueprint): string | null {
  const pools = blueprint.resources ?? [];
  return (pools.find((pool) => pool.kind === 'staff') ?? pools[0])?.id ?? null;
}

export function StaffingHelper({ blueprint, run, busy, day = '' }: StaffingHelperProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const ids = {
    heading: useId(),
    pool: useId(),
    customers: useId(),
    percentile: useId(),
    minutes: useId(),
  };
  const pools = blueprint.resources ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const poolId = pools.some((pool) => pool.id === chosen) ? chosen : defaultPoolId(blueprint);
  const pool = pools.find((candidate) => candidate.id === poolId);
  // One class's target (a VIP promise) or all customers'; offered with two or more classes.
  const classes = blueprint.classes ?? [];
  const [chosenClass, setChosenClass] = useState<string>(ALL);
  const classId = classes.some((c) => c.id === chosenClass) ? chosenClass : undefined;
  // The target offered is the one the blueprint promises these customers, if any.
  const [entries, setEntries] = useState(() => promisedEntries(blueprint) ?? DEFAULT_ENTRIES);
  const chooseClass = (id: string) => {
    setChosenClass(id);
    const promised = promisedEntries(blueprint, id === ALL ? undefined : id);
    if (promised) setEntries(promised);
  };
  const percentile = parseShare(entries.share);
  const minutes = parseMinutes(entries.minutes);
  const [status, dispatch] = useReducer(staffingReducer, IDLE);
  // The blueprint and pool a search ran on: its tries and answer are named from them, not
  // from the blueprint as it is now (a pool renamed or removed since).
  const [searched, setSearched] = useState<{
    blueprint: Blueprint;
    poolId: string;
    day: string;
  } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const estimates = usePoolEstimates(blueprint);
  const searching = status.phase === 'searching';

  // A search must not outlive the panel.
  useEffect(() => () => controller.current?.abort(), []);

  const find = async () => {
    if (!pool || minutes === null || percentile === null || busy || searching) return;
    const own = new AbortController();
    controller.current = own;
    const target = { percentile, waitMinutes: minutes, ...(classId ? { classId } : {}) };
    const estimate = estimates.result?.ok
      ? estimates.result.pools.find((candidate) => candidate.id === pool.id)
      : undefined;
    setSearched({ blueprint, poolId: pool.id, day });
    dispatch({ type: 'start', target });
    try {
      const answer = await findStaffing({
        blueprint,
        poolId: pool.id,
        target,
        run,
        signal: own.signal,
        start: estimate?.minimumUnits ?? 1,
        onTry: (_units, _results, tried) => dispatch({ type: 'try', tried }),
      });
      if (!own.signal.aborted) dispatch({ type: 'answer', answer });
    } catch (error) {
      if (!own.signal.aborted)
        dispatch({ type: 'fail', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controller.current === own) controller.current = null;
    }
  };

  // Named from the target searched, not the selects: they may change meanwhile.
  const named = searched?.blueprint ?? blueprint;
  const whoOf = (id: string | undefined) => {
    const customers = id === undefined ? undefined : named.classes?.find((c) => c.id === id);
    return customers
      ? t('planning.staffing.whoClass', { name: localized(customers.label) || customers.id })
      : t('planning.staffing.whoAll');
  };
  const searchedPool = named.resources?.find((one) => one.id === (searched?.poolId ?? poolId));
  const poolName = searchedPool ? localized(searchedPool.label) || searchedPool.id : '';
  const who = whoOf(status.phase === 'idle' ? undefined : status.target.classId);

  const cancel = () => {
    controller.current?.abort();
    dispatch({ type: 'cancel' });
  };

  if (pools.length === 0) {
    return (
      <section className="planning-panel planning-staffing" aria-labelledby={ids.heading}>
        <h3 id={ids.heading} className="planning-panel__heading">
          {t('planning.staffing.heading')}
        </h3>
        <p className="planning-note">{t('planning.staffing.noPools')}</p>
      </section>
    );
  }

  return (
    <section className="planning-panel planning-staffing" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} className="planning-panel__heading">
        {t('planning.staffing.heading')}
      </h3>
      <p className="planning-note">{t('planning.staffing.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <div className="planning-field">
          <label htmlFor={ids.pool}>{t('planning.staffing.pool')}</label>
          <select
            id={ids.pool}
            value={poolId ?? ''}
            disabled={searching}
            onChange={(event) => setChosen(event.target.value)}
          >
            {pools.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localized(candidate.label) || candidate.id}
              </option>
            ))}
          </select>
        </div>
        {classes.length >= 2 ? (
          <div className="planning-field">
            <label htmlFor={ids.customers}>{t('planning.staffing.customers')}</label>
            <select
              id={ids.customers}
              value={classId ?? ALL}
              disabled={searching}
              onChange={(event) => chooseClass(event.target.value)}
            >
              <option value={ALL}>{t('planning.staffing.allCustomers')}</option>
              {classes.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {localized(candidate.label) || candidate.id}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="planning-field">
          <label htmlFor={ids.percentile}>{t('planning.staffing.percentile')}</label>
          <input
            id={ids.percentile}
            type="number"
            inputMode="decimal"
            min={SHARE_MIN}
            max={SHARE_MAX}
            step={1}
            value={entries.share}
            disabled={searching}
            aria-invalid={percentile === null}
            aria-describedby={percentile === null ? `${ids.percentile}-problem` : undefined}
            onChange={(event) => setEntries({ ...entries, share: event.target.value })}
          />
          {percentile === null ? (
            <span id={`${ids.percentile}-problem`} className="planning-problem">
              {t('planning.staffing.percentileInvalid')}
            </span>
          ) : null}
        </div>
        <div className="planning-field">
          <label htmlFor={ids.minutes}>{t('planning.staffing.minutes')}</label>
          <input
            id={ids.minutes}
            type="text"
            inputMode="decimal"
            value={entries.minutes}
            disabled={searching}
            aria-invalid={minutes === null}
            aria-describedby={minutes === null ? `${ids.minutes}-problem` : undefined}
            onChange={(event) => setEntries({ ...entries, minutes: event.target.value })}
          />
          {minutes === null ? (
            <span id={`${ids.minutes}-problem`} className="planning-problem">
              {t('planning.staffing.minutesInvalid')}
            </span>
          ) : null}
        </div>
        <div className="planning-actions">
          <button
            type="submit"
            className="planning-primary"
            disabled={busy || searching || minutes === null || percentile === null}
          >
            {t('planning.staffing.find')}
          </button>
          {searching ? (
            <button type="button" onClick={cancel}>
              {t('planning.staffing.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      <StaffingProgress status={status} poolName={poolName} who={who} day={searched?.day ?? ''} />
      {status.phase === 'idle' ? null : (
        <TradeOffChart
          tries={triesOf(status)}
          target={status.target}
          poolName={poolName}
          who={who}
          dayName={searched?.day ?? ''}
          day={(blueprint.run?.mode ?? 'day') === 'day'}
        />
      )}
    </section>
  );
}
