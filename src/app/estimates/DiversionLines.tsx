/**
 * The lobby rules in the instant estimate (大堂分流): per rule, the share of those passing
 * its step it sends on and how it is estimated, the work it brings to its target and takes
 * off the line it reads, and what to beware of. Presentational: given the estimate.
 */
import { useTranslation } from 'react-i18next';
import type { DiversionCaveat, DiversionEstimate } from '../../sim/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { clockTime } from '../results/format.ts';
import { type DiversionView, diversionView } from './diversionView.ts';

function CaveatLine({ caveat, view }: { caveat: DiversionCaveat; view: DiversionView }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  if (caveat.code === 'line-gives-up')
    return (
      <span className="planning-pool__caveat" data-caveat={caveat.code}>
        {t('planning.estimates.diversion.caveat.line-gives-up')}
      </span>
    );
  const target = view.targets.find((candidate) => candidate.pool === caveat.pool);
  if (!target) return null;
  return (
    <span className="planning-pool__caveat" data-caveat={caveat.code}>
      {t(`planning.estimates.diversion.caveat.${caveat.code}`, {
        pool: localized(target.label) || target.pool,
        percent: target.percent ?? '—',
      })}
    </span>
  );
}

function RuleLine({ rule }: { rule: DiversionEstimate }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const language = useUiLanguage();
  const units = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const view = diversionView(rule);
  const pool = localized(view.pool);
  return (
    <li className="planning-rule" data-diversion={view.flow}>
      <span className="planning-rule__name">
        {t('planning.estimates.diversion.rule', {
          from: localized(view.from),
          to: localized(view.to),
          count: view.atLeast,
          pool,
        })}
      </span>
      <span className="planning-rule__share">
        {t('planning.estimates.diversion.share', {
          percent: view.percent,
          checked: view.checked,
          sent: view.sent,
        })}
        {view.busiest &&
          t('planning.estimates.diversion.busiest', {
            percent: view.busiest.percent,
            from: clockTime(view.busiest.from),
            to: clockTime(view.busiest.to),
          })}
      </span>
      <span className="planning-rule__line">
        {t('planning.estimates.diversion.method', { pool, count: view.atLeast })}
      </span>
      {view.targets.map((target) => (
        <span key={target.pool} className="planning-rule__line" data-target={target.pool}>
          {t(
            target.percent === null
              ? 'planning.estimates.diversion.targetNoUnits'
              : 'planning.estimates.diversion.target',
            {
              pool: localized(target.label) || target.pool,
              load: units.format(target.load),
              percent: target.percent,
              from: clockTime(target.from),
              to: clockTime(target.to),
            },
          )}
        </span>
      ))}
      {view.relieved > 0 && (
        <span className="planning-rule__line">
          {t('planning.estimates.diversion.relieved', { pool, load: units.format(view.relieved) })}
        </span>
      )}
      {view.caveats.map((caveat) => (
        <CaveatLine
          key={`${caveat.code}-${'pool' in caveat ? caveat.pool : ''}`}
          caveat={caveat}
          view={view}
        />
      ))}
    </li>
  );
}

/** Nothing when the blueprint has no lobby rule. */
export function DiversionLines({ rules }: { rules: readonly DiversionEstimate[] }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  return (
    <>
      <h4 className="planning-panel__subheading">{t('planning.estimates.diversion.heading')}</h4>
      <ul className="planning-rules" aria-label={t('planning.estimates.diversion.heading')}>
        {rules.map((rule) => (
          <RuleLine key={rule.flow} rule={rule} />
        ))}
      </ul>
    </>
  );
}
