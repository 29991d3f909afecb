/**
 * A finished back-test: what was run, the error figures the command line prints, the
 * table and the plot, and the hours where the model misses named in words (or that none
 * does, or that no hour had the tickets and days to be judged), with the rule that calls a miss, its thresholds read from the core's MISS_RULE.
 */
import { useTranslation } from 'react-i18next';
import { MISS_RULE } from '../../../calibrate/backtest/index.ts';
import { BacktestPlot } from './BacktestPlot.tsx';
import { backtestRows, errorFigures, missLines } from './backtestRows.ts';
import { BacktestTable } from './BacktestTable.tsx';
import type { BacktestResult } from '../workerApi.ts';

export function BacktestResults({
  result,
  stepName,
}: {
  result: BacktestResult;
  stepName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { comparison } = result;
  const misses = missLines(comparison);
  const figures = errorFigures(comparison);
  const unit = (measure: string, value: string) =>
    measure === 'abandonment'
      ? t('calibrate.backtest.percent', { value })
      : t('calibrate.backtest.minutes', { value });
  return (
    <div className="backtest-results" data-testid="backtest-results">
      <p className="calibrate-hint">
        {t('calibrate.backtest.ranWith', {
          step: stepName(result.queueStep),
          simulated: comparison.simulatedDays,
          observed: comparison.observedDays,
          seed: result.seed,
        })}
      </p>
      <section aria-labelledby="backtest-errors-title">
        <h4 id="backtest-errors-title">{t('calibrate.backtest.errorsTitle')}</h4>
        <div className="backtest-figures" data-testid="backtest-errors">
          {/* Over no judged hour there is no error to average. */}
          {comparison.errors.judgedBins > 0 && <p>{t('calibrate.backtest.mae', figures)}</p>}
          <p>{t('calibrate.backtest.overall', figures)}</p>
        </div>
        {result.unfinished > 0 && (
          <p className="calibrate-hint">
            {t('calibrate.backtest.unfinished', { count: result.unfinished })}
          </p>
        )}
      </section>
      <section aria-labelledby="backtest-misses-title">
        <h4 id="backtest-misses-title">{t('calibrate.backtest.missesTitle')}</h4>
        {comparison.errors.judgedBins === 0 ? (
          <p data-testid="backtest-none-judged">
            {t('calibrate.backtest.noneJudged', {
              tickets: MISS_RULE.minTickets,
              days: MISS_RULE.minDays,
            })}
          </p>
        ) : misses.length === 0 ? (
          <p data-testid="backtest-no-misses">{t('calibrate.backtest.noMisses')}</p>
        ) : (
          <ul className="backtest-misses" data-testid="backtest-misses">
            {misses.map((miss) => (
              <li key={`${miss.hours}-${miss.measure}`}>
                {t('calibrate.backtest.missLine', {
                  hours: miss.hours,
                  measure: t(`calibrate.backtest.measure.${miss.measure}`),
                  log: unit(miss.measure, miss.log),
                  model: unit(miss.measure, miss.model),
                  direction: t(`calibrate.backtest.${miss.direction}`),
                })}
              </li>
            ))}
          </ul>
        )}
        <p className="calibrate-hint">
          {t('calibrate.backtest.rule', {
            waitMinutes: MISS_RULE.waitAbsolute,
            waitShare: Math.round(MISS_RULE.waitRelative * 100),
            points: Math.round(MISS_RULE.abandonmentAbsolute * 100),
            share: Math.round(MISS_RULE.abandonmentRelative * 100),
          })}
        </p>
      </section>
      <BacktestTable rows={backtestRows(comparison)} />
      <BacktestPlot comparison={comparison} />
    </div>
  );
}
