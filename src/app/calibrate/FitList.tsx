/** The fits, each with its quality and a tick box, and the notes on what was not matched or written. */
import { useTranslation } from 'react-i18next';
import type { CalibrationFits } from '../../calibrate/index.ts';
import type { Blueprint } from '../../model/index.ts';
import { ArrivalsFit } from './ArrivalsFit.tsx';
import { FitCard } from './FitCard.tsx';
import { FitNotes } from './FitNotes.tsx';
import { figure, percent } from './format.ts';
import { PatienceFit } from './PatienceFit.tsx';
import { ServiceFit } from './ServiceFit.tsx';
import { SharesFit } from './SharesFit.tsx';
import type { FitItem } from './selection.ts';
import { useBlueprintNames } from './useBlueprintNames.ts';
import { WindowsFit } from './WindowsFit.tsx';

export function FitList({
  blueprint,
  fits,
  items,
  left,
  onToggle,
}: {
  blueprint: Blueprint;
  fits: CalibrationFits;
  items: readonly FitItem[];
  left: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const names = useBlueprintNames(blueprint);

  const card = (item: FitItem) => {
    const common = { item, kept: !left.has(item.key), onToggle: () => onToggle(item.key) };
    switch (item.kind) {
      case 'arrivals':
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.arrivals.title')}
            why={t('calibrate.fit.arrivals.noEntry')}
          >
            <ArrivalsFit
              arrivals={fits.arrivals!}
              binMinutes={fits.binMinutes}
              confidence={fits.confidence}
            />
          </FitCard>
        );
      case 'dayFactor': {
        const fit = fits.dayFactor!;
        const dayType = blueprint.dayTypes?.find((d) => d.id === fit.dayType);
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.dayFactor.title', { name: names.dayType(fit.dayType) })}
            why={t('calibrate.fit.dayFactor.why')}
          >
            <p className="calibrate-fit__text" data-testid="calibrate-day-factor">
              {t('calibrate.fit.dayFactor.value', {
                factor: figure(fit.factor.value),
                low: figure(fit.factor.lower),
                high: figure(fit.factor.upper),
                arrivals: fit.arrivals,
                days: t('calibrate.days.count', { count: fit.dates.length }),
                otherArrivals: fit.otherArrivals,
                otherDays: t('calibrate.days.count', { count: fit.others.length }),
                current: figure(dayType?.arrivalFactor ?? 1),
              })}
            </p>
          </FitCard>
        );
      }
      case 'service': {
        const fit = fits.steps.find((s) => s.step === item.target)!;
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.service.title', { step: names.step(item.target) })}
          >
            <ServiceFit fit={fit} stepName={names.step} />
          </FitCard>
        );
      }
      case 'classService': {
        const fit = fits.classSteps.find((s) => s.step === item.target && s.class === item.class)!;
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.classService.title', {
              step: names.step(item.target),
              class: names.class(item.class!),
            })}
            why={t('calibrate.fit.classService.why')}
          >
            <ServiceFit fit={fit} stepName={names.step} />
          </FitCard>
        );
      }
      case 'patience': {
        const fit = fits.patience.find((p) => p.class === item.target)!;
        const who =
          item.target === '' ? t('calibrate.fit.patience.noClass') : names.class(item.target);
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.patience.title', { class: who })}
            {...(item.target === '' ? { why: t('calibrate.fit.patience.noClassWhy') } : {})}
          >
            <PatienceFit fit={fit} />
          </FitCard>
        );
      }
      case 'windows':
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.windows.title')}
            why={t('calibrate.fit.windows.noPool')}
          >
            <WindowsFit
              windows={fits.windows!}
              poolName={item.target === '' ? '' : names.pool(item.target)}
            />
          </FitCard>
        );
      case 'classShares':
        return (
          <FitCard key={item.key} {...common} title={t('calibrate.fit.classShares.title')}>
            <SharesFit shares={fits.classShares!} nameOf={names.class} kind="classShares" />
          </FitCard>
        );
      case 'failure': {
        const failure = fits.failures.find((f) => f.step === item.target)!;
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.failure.title', { step: names.step(item.target) })}
          >
            <p className="calibrate-fit__text">
              {t('calibrate.fit.failure.value', {
                share: percent(failure.probability.value),
                low: percent(failure.probability.lower),
                high: percent(failure.probability.upper),
                repeats: failure.repeats,
                attempts: failure.attempts,
              })}
            </p>
          </FitCard>
        );
      }
      case 'branch': {
        const branch = fits.branches.find((b) => b.step === item.target)!;
        return (
          <FitCard
            key={item.key}
            {...common}
            title={t('calibrate.fit.branch.title', { step: names.step(item.target) })}
          >
            <SharesFit shares={branch.shares} nameOf={names.flowTarget} kind="branch" />
          </FitCard>
        );
      }
    }
  };

  return (
    <section className="calibrate-fits" aria-labelledby="calibrate-fits-title">
      <h3 id="calibrate-fits-title">{t('calibrate.fits')}</h3>
      <p className="calibrate-hint">{t('calibrate.fitsHint')}</p>
      <div className="calibrate-fits__list">{items.map(card)}</div>
      <FitNotes notes={fits.notes} names={names} />
    </section>
  );
}
