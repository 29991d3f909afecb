/**
 * The whole process at a glance: each outcome, gave up (balked and reneged in its details),
 * times and waits, share within target.
 */
import { useTranslation } from 'react-i18next';
import type { Results } from '../../sim/index.ts';
import { useGaveUpSplitText } from './GaveUpSplitNote.tsx';
import { gaveUpSplit } from './gaveUpSplit.ts';
import { KpiCard } from './KpiCard.tsx';
import { systemKpis } from './kpis.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';

export function KpiGrid({ results }: { results: Results }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  // Beside who gave up: of them, who balked and who reneged.
  const splitText = useGaveUpSplitText()(gaveUpSplit(results.system.counts));
  return (
    <ResultsSection heading={t('results.kpis.heading')}>
      <dl className="results-kpis">
        {systemKpis(results).map((kpi) => (
          <KpiCard
            key={kpi.id}
            id={kpi.id}
            label={t(`results.kpis.${kpi.id}`)}
            value={format.value(kpi.value, kpi.unit)}
            details={[
              kpi.unit === 'customers' ? per : null,
              format.ci(kpi.ci95, kpi.unit),
              kpi.shareOfLeft === undefined
                ? null
                : t('results.kpis.shareOfLeft', { value: format.value(kpi.shareOfLeft, 'share') }),
              kpi.id === 'abandoned' ? splitText : null,
            ]}
          />
        ))}
      </dl>
    </ResultsSection>
  );
}
