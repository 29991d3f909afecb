/**
 * One line in the dock's bar, visible even when it is folded: an overloaded pool first
 * (from the live estimate), then what the latest run found, else a pool that cannot keep
 * up in its busiest stretch of the day (a lunch peak). The run's line takes a shorter
 * form where the bar is narrow (SummaryLine).
 */
import { useTranslation } from 'react-i18next';
import type { PoolEstimatesState } from '../estimates/usePoolEstimates.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { clockTime, formatAmount } from '../results/format.ts';
import { useRunStore } from './appRunStore.ts';
import { SummaryLine } from './SummaryLine.tsx';

export function DockSummary({ estimates }: { estimates: PoolEstimatesState }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const language = useUiLanguage();
  const latest = useRunStore((state) => state.latest);
  const overloaded = estimates.result?.ok
    ? estimates.result.pools.filter((pool) => pool.overloaded)
    : [];
  if (overloaded.length > 0) {
    const pools = overloaded
      .map((pool) =>
        pool.utilization === null
          ? text(pool.label) || pool.id
          : `${text(pool.label) || pool.id} ${Math.round(pool.utilization * 100)} %`,
      )
      .join(', ');
    const line = t('simulation.summaryOverloaded', { pools });
    return (
      <p className="dock__summary dock__summary--warning" role="status" title={line}>
        {line}
      </p>
    );
  }
  const atPeak = estimates.result?.ok
    ? estimates.result.pools.filter((pool) => pool.peak?.overloaded && pool.peak.utilization)
    : [];
  if (atPeak.length > 0 && !latest) {
    const pools = atPeak
      .map(
        (pool) =>
          `${text(pool.label) || pool.id} ${Math.round(pool.peak!.utilization! * 100)} % ${clockTime(pool.peak!.from)}–${clockTime(pool.peak!.to)}`,
      )
      .join(', ');
    const line = t('simulation.summaryPeak', { pools });
    return (
      <p className="dock__summary dock__summary--warning" role="status" title={line}>
        {line}
      </p>
    );
  }
  if (!latest) return <p className="dock__summary" role="status" />;
  if (latest.month) {
    // A month has no pooled percentiles; its wait is of all the month's customers, not one day's.
    const { wait, abandonedShare } = latest.month.month;
    const values = {
      wait: t('units.minutes', { value: formatAmount(wait.mean, 'minutes', language) }),
      share: t('results.units.share', {
        value: formatAmount(abandonedShare.mean, 'share', language),
      }),
    };
    return (
      <SummaryLine
        full={t('simulation.summaryMonth', values)}
        short={t('simulation.summaryMonthShort', values)}
      />
    );
  }
  const { system } = latest.results;
  const values = {
    p90: t('units.minutes', { value: formatAmount(system.timeInSystem.p90, 'minutes', language) }),
    wait: t('units.minutes', { value: formatAmount(system.wait.mean, 'minutes', language) }),
  };
  return (
    <SummaryLine
      full={t('simulation.summaryResults', values)}
      short={t('simulation.summaryResultsShort', values)}
    />
  );
}
