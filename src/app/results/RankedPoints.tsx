/** The ranked wait points and fail points, worded in the UI language. */
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { RankedList } from './RankedList.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import type { Names } from './names.ts';
import { failRanking, waitRanking } from './rankings.ts';
import { useResultsFormat } from './useResultsFormat.ts';

/** The button's name: what it does, the measurement and the verdict, for screen readers. */
function rowLabel(action: string, value: string, verdict: string): string {
  return verdict === '' ? `${action}: ${value}` : `${action}: ${value}. ${verdict}`;
}

interface RankedPointsProps {
  results: Results;
  blueprint: Blueprint;
  names: Names;
  onSelectStep: (stepId: string) => void;
}

export function WaitPoints({ results, blueprint, names, onSelectStep }: RankedPointsProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const items = waitRanking(results, blueprint).map((row) => {
    const value = row.unstable
      ? t('results.waits.unstable')
      : format.value(row.meanMinutes, 'minutes');
    const name = names.step(row.stepId);
    const verdictText =
      row.verdict === 'none' ? '' : t(`results.waits.verdict.${row.verdict}`, { value });
    const details = [
      format.ci(row.ci95, 'minutes'),
      row.p90Minutes === null
        ? null
        : t('results.waits.p90', { value: format.value(row.p90Minutes, 'minutes') }),
    ].filter((part) => part !== null);
    return {
      stepId: row.stepId,
      name,
      value,
      detail: details.join(' · '),
      designerMarked: row.verdict === 'confirmed' || row.verdict === 'markedButQuiet',
      verdict: row.verdict,
      verdictText,
      selectLabel: rowLabel(t('results.selectStep', { step: name }), value, verdictText),
    };
  });
  return (
    <ResultsSection heading={t('results.waits.heading')} caption={t('results.waits.caption')}>
      <RankedList
        kind="wait"
        items={items}
        markLetter={t('results.waits.designer')}
        markLabel={t('results.waits.designerLabel')}
        emptyText={t('results.waits.none')}
        onSelectStep={onSelectStep}
      />
    </ResultsSection>
  );
}

export function FailPoints({ results, blueprint, names, onSelectStep }: RankedPointsProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const items = failRanking(results, blueprint).map((row) => {
    const rate = format.value(row.rate, 'share');
    const value = t('results.fails.rate', { value: rate });
    const verdictText =
      row.verdict === 'none' ? '' : t(`results.fails.verdict.${row.verdict}`, { value: rate });
    const name = names.step(row.stepId);
    const count = t('results.fails.perRun', { value: format.value(row.perRun, 'count') });
    const details = [`${count} (${per})`, format.ci(row.ci95, 'count')].filter(
      (part) => part !== null,
    );
    return {
      stepId: row.stepId,
      name,
      value,
      detail: details.join(' · '),
      designerMarked: row.verdict === 'confirmed' || row.verdict === 'markedButQuiet',
      verdict: row.verdict,
      verdictText,
      selectLabel: rowLabel(t('results.selectStep', { step: name }), value, verdictText),
    };
  });
  return (
    <ResultsSection heading={t('results.fails.heading')} caption={t('results.fails.caption')}>
      <RankedList
        kind="fail"
        items={items}
        markLetter={t('results.fails.designer')}
        markLabel={t('results.fails.designerLabel')}
        emptyText={t('results.fails.none')}
        onSelectStep={onSelectStep}
      />
    </ResultsSection>
  );
}
