/**
 * The back-test hour by hour: tickets a day, mean wait, p90 wait and abandonment, log
 * beside model, each figure with its 95 % interval under it in smaller type (beside it the
 * table would not fit a 1280-pixel screen), the missed figures marked, the misses named
 * in the last column. Fixed decimals and tabular numerals keep the columns aligned.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type MeasureName } from '../../../calibrate/backtest/index.ts';
import type { BacktestRow, ShownFigure } from './backtestRows.ts';

function FigureCell({ figure, missed }: { figure: ShownFigure; missed: boolean }) {
  return (
    <td className={`calibrate-table__number${missed ? ' backtest-missed' : ''}`}>
      <span className="backtest-value">{figure.value}</span>
      {figure.interval !== null && <span className="backtest-interval">{figure.interval}</span>}
    </td>
  );
}

export function BacktestTable({ rows }: { rows: readonly BacktestRow[] }) {
  const { t } = useTranslation();
  const heading: Record<MeasureName, string> = {
    meanWait: t('calibrate.backtest.meanWait'),
    p90Wait: t('calibrate.backtest.p90Wait'),
    abandonment: t('calibrate.backtest.abandonment'),
  };
  const sides = (
    <>
      <th scope="col" className="calibrate-table__number">
        {t('calibrate.backtest.log')}
      </th>
      <th scope="col" className="calibrate-table__number">
        {t('calibrate.backtest.model')}
      </th>
    </>
  );
  return (
    <div className="backtest-table-wrap">
      <table className="calibrate-table backtest-table" data-testid="backtest-table">
        <caption>{t('calibrate.backtest.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('calibrate.backtest.hours')}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t('calibrate.backtest.tickets')}
            </th>
            {MEASURES.map((measure) => (
              <th key={measure} scope="colgroup" colSpan={2}>
                {heading[measure]}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {t('calibrate.backtest.misses')}
            </th>
          </tr>
          <tr>
            {sides}
            {MEASURES.map((measure) => (
              <Fragment key={measure}>{sides}</Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.hours} data-testid="backtest-row">
              <th scope="row" className="backtest-hours">
                {row.hours}
              </th>
              <td className="calibrate-table__number">{row.tickets.log}</td>
              <td className="calibrate-table__number">{row.tickets.model}</td>
              {MEASURES.map((measure) => {
                const missed = row.misses.includes(measure);
                return (
                  <FigurePair
                    key={measure}
                    log={row.figures[measure].log}
                    model={row.figures[measure].model}
                    missed={missed}
                  />
                );
              })}
              <td className="backtest-miss-cell">
                {row.judged
                  ? row.misses
                      .map((m) => t(`calibrate.backtest.measure.${m}`))
                      .join(t('calibrate.backtest.listSeparator'))
                  : `(${t('calibrate.backtest.notJudged')})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FigurePair({
  log,
  model,
  missed,
}: {
  log: ShownFigure;
  model: ShownFigure;
  missed: boolean;
}) {
  return (
    <>
      <FigureCell figure={log} missed={missed} />
      <FigureCell figure={model} missed={missed} />
    </>
  );
}
