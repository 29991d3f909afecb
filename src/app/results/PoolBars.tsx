/**
 * Each pool's utilisation as a bar with its percentage, capacity, queue and cost over its
 * own hours, its work at other pools' queues when it also serves them, and in a business
 * day the overtime worked after them.
 */
import { useTranslation } from 'react-i18next';
import { type PoolRow, poolRows } from './breakdown.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';
import type { ResultsViewProps } from './viewProps.ts';

/** At or above this a pool is drawn as stretched: queues build fast near full utilisation. */
const HIGH_UTILIZATION = 0.85;
/** Overtime below what two decimals show (0.00 unit-hours) is left out. */
const OVERTIME_SHOWN = 0.005;

export function PoolBars({ results, blueprint, names }: ResultsViewProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const rows = poolRows(results, blueprint);
  // A steady state has no closing, so no overtime.
  const day = results.run.mode === 'day';
  const showsOvertime = (row: PoolRow) => day && row.overtimeHours >= OVERTIME_SHOWN;
  return (
    <ResultsSection heading={t('results.pools.heading')}>
      <ul className="results-pools">
        {rows.map((row) => {
          const share = Number.isFinite(row.utilization.mean) ? row.utilization.mean : 0;
          const busy = format.value(row.utilization.mean, 'share');
          const level = row.unstable ? 'over' : share >= HIGH_UTILIZATION ? 'high' : 'normal';
          const name = names.pool(row.poolId);
          return (
            <li key={row.poolId} className="results-pool" data-pool-id={row.poolId}>
              <div className="results-pool__head">
                <span className="results-pool__name">{name}</span>
                <span className="results-pool__busy">
                  {t('results.pools.busy', { value: busy })}
                </span>
              </div>
              <div
                className="results-pool__track"
                role="meter"
                aria-label={t('results.pools.bar', { pool: name, value: busy })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(share * 1000) / 10}
              >
                <div
                  className={`results-pool__bar results-pool__bar--${level}`}
                  style={{ width: `${Math.min(100, share * 100)}%` }}
                />
              </div>
              <p className="results-pool__facts">
                {[
                  t('results.pools.capacity', { value: format.value(row.capacity, 'units') }),
                  format.ci(row.utilization.ci95, 'share'),
                  t(row.holdsBatch ? 'results.pools.queueWithItems' : 'results.pools.queue', {
                    mean: format.value(row.queueMean, 'count'),
                    max: row.queueMax,
                  }),
                  row.cost > 0
                    ? t('results.pools.cost', { value: format.value(row.cost, 'money') })
                    : null,
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </p>
              {row.alsoServed && (
                <p className="results-pool__also" data-testid="pool-also-served">
                  {t('results.alsoServed.line', {
                    customers: format.value(row.alsoServed.customers.mean, 'count'),
                    share: format.value(row.alsoServed.share.mean, 'share'),
                    busy: format.value(row.alsoServed.utilization.mean, 'share'),
                  })}
                </p>
              )}
              {showsOvertime(row) && (
                <p className="results-pool__overtime" title={t('results.pools.overtimeNote')}>
                  {row.overtimeCost > 0
                    ? t('results.pools.overtimeCost', {
                        hours: format.value(row.overtimeHours, 'unitHours'),
                        cost: format.value(row.overtimeCost, 'money'),
                      })
                    : t('results.pools.overtime', {
                        hours: format.value(row.overtimeHours, 'unitHours'),
                      })}
                </p>
              )}
              {row.unstable && <p className="results-pool__alert">{t('results.pools.unstable')}</p>}
            </li>
          );
        })}
      </ul>
      {rows.some(showsOvertime) && (
        <p className="results-pool__note">{t('results.pools.overtimeNote')}</p>
      )}
    </ResultsSection>
  );
}
