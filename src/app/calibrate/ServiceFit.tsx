/**
 * A service-time fit: the candidate AICc chose with its mean and interval, the
 * Kolmogorov–Smirnov figure in words, the candidates ranked, and a Q–Q plot or a
 * histogram with the fitted density.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepFit } from '../../calibrate/index.ts';
import { figure } from './format.ts';
import { ServicePlot, type ServicePlotKind } from './ServicePlot.tsx';

/** Below this K–S p-value the shape is called a poor fit (read as an upper bound: docs/calibration-methods.md). */
const POOR_FIT_P = 0.05;

export function ServiceFit({ fit, stepName }: { fit: StepFit; stepName: (id: string) => string }) {
  const { t } = useTranslation();
  const [plot, setPlot] = useState<ServicePlotKind>('qq');
  const { service } = fit;
  const from = (
    <p className="calibrate-hint">
      {t('calibrate.fit.service.from', { names: fit.from.join(t('calibrate.listSeparator')) })}
    </p>
  );
  if (!service.ok)
    return (
      <>
        {from}
        <p className="calibrate-fit__text">
          {service.reason === 'too-few'
            ? t('calibrate.fit.service.tooFew')
            : t('calibrate.fit.service.noSpread', { value: figure(service.value ?? 0) })}
        </p>
      </>
    );
  const { best } = service;
  const { span } = fit;
  const spanLine = span && (
    <p className="calibrate-fit__text" data-testid="calibrate-span">
      {t('calibrate.fit.service.span', {
        holder: stepName(span.holder),
        until: stepName(span.until),
        steps: span.steps.length,
        scale: span.scale.toFixed(3),
      })}
    </p>
  );
  const family = t(`calibrate.fit.family.${best.family}`);
  const good = best.ks.pValue >= POOR_FIT_P;
  return (
    <>
      {from}
      <p className="calibrate-fit__text">
        {t('calibrate.fit.service.best', {
          family,
          mean: figure(best.mean.value),
          low: figure(best.mean.lower),
          high: figure(best.mean.upper),
          sd: figure(best.sd.value),
          count: service.count,
        })}{' '}
        <span className={good ? 'calibrate-good' : 'calibrate-poor'}>
          {t('calibrate.fit.service.quality', {
            d: best.ks.statistic.toFixed(3),
            p: best.ks.pValue.toFixed(2),
            verdict: t(good ? 'calibrate.fit.service.good' : 'calibrate.fit.service.poor'),
          })}
        </span>
      </p>
      {spanLine}
      <table className="calibrate-table calibrate-table--compact">
        <caption className="visually-hidden">{t('calibrate.fit.service.candidates')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calibrate.fit.service.candidates')}</th>
            <th scope="col" className="calibrate-table__number">
              {t('calibrate.fit.service.deltaAic')}
            </th>
            <th scope="col" className="calibrate-table__number">
              {t('calibrate.fit.service.ksD')}
            </th>
          </tr>
        </thead>
        <tbody>
          {service.candidates.map((candidate) => (
            <tr key={candidate.family}>
              <th scope="row">{t(`calibrate.fit.family.${candidate.family}`)}</th>
              <td className="calibrate-table__number">{candidate.deltaAicc.toFixed(1)}</td>
              <td className="calibrate-table__number">{candidate.ks.statistic.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div
        className="calibrate-plot-choice"
        role="radiogroup"
        aria-label={t('calibrate.fit.service.plot')}
      >
        {(['qq', 'histogram'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`plot-${fit.step}`}
              checked={plot === kind}
              onChange={() => setPlot(kind)}
            />
            {t(`calibrate.fit.service.${kind}`)}
          </label>
        ))}
      </div>
      <ServicePlot kind={plot} fit={service} familyName={family} />
    </>
  );
}
