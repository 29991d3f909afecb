/** Patience from the abandoned tickets, the served customers' waits taken as censored. */
import { useTranslation } from 'react-i18next';
import type { PatienceFitOf } from '../../calibrate/index.ts';
import { figure } from './format.ts';

export function PatienceFit({ fit }: { fit: PatienceFitOf }) {
  const { t } = useTranslation();
  const { patience } = fit;
  const waits = patience.abandoned + patience.served;
  if (!patience.ok)
    return (
      <p className="calibrate-fit__text">
        {patience.reason === 'no-abandonments'
          ? t('calibrate.fit.patience.noAbandonments', { waits })
          : t('calibrate.fit.patience.allAbandoned')}
      </p>
    );
  return (
    <p className="calibrate-fit__text" data-testid="calibrate-patience">
      {t('calibrate.fit.patience.value', {
        mean: figure(patience.mean.value),
        low: figure(patience.mean.lower),
        high: figure(patience.mean.upper),
        abandoned: patience.abandoned,
        waits,
      })}
    </p>
  );
}
