/** The ranked wait points and fail points, worded in the UI language. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import type { MarkVerdict } from './marks.ts';
import { RankedList, type RankedItem } from './RankedList.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import type { Names } from './names.ts';
import { failRanking, waitRanking } from './rankings.ts';
import { useResultsFormat } from './useResultsFormat.ts';

interface RankedPointsProps {
  results: Results;
  blueprint: Blueprint;
  names: Names;
  onSelectStep: (stepId: string) => void;
}

/** What a ranked row measured, before it is worded for the list. */
interface Measured {
  stepId: string;
  value: string;
  /** The figure the verdict sentence quotes (the value, or the bare rate). */
  quoted: string;
  details: (string | null)[];
  verdict: MarkVerdict;
}

/** A row for RankedList: the step's name, the figure, the details and the verdict, worded. */
function rankedItem(
  kind: 'waits' | 'fails',
  row: Measured,
  names: Names,
  t: TFunction,
): RankedItem {
  const name = names.step(row.stepId);
  const verdictText =
    row.verdict === 'none'
      ? ''
      : t(`results.${kind}.verdict.${row.verdict}`, { value: row.quoted });
  const action = t('results.selectStep', { step: name });
  return {
    stepId: row.stepId,
    name,
    value: row.value,
    detail: row.details.filter((part) => part !== null).join(' · '),
    designerMarked: row.verdict === 'confirmed' || row.verdict === 'markedButQuiet',
    verdict: row.verdict,
    verdictText,
    // The button's name for screen readers: what it does, the figure and the verdict.
    selectLabel:
      verdictText === '' ? `${action}: ${row.value}` : `${action}: ${row.value}. ${verdictText}`,
  };
}

function RankedSection({
  kind,
  items,
  onSelectStep,
}: {
  kind: 'waits' | 'fails';
  items: RankedItem[];
  onSelectStep: (stepId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ResultsSection heading={t(`results.${kind}.heading`)} caption={t(`results.${kind}.caption`)}>
      <RankedList
        kind={kind === 'waits' ? 'wait' : 'fail'}
        items={items}
        markLetter={t(`results.${kind}.designer`)}
        markLabel={t(`results.${kind}.designerLabel`)}
        emptyText={t(`results.${kind}.none`)}
        onSelectStep={onSelectStep}
      />
    </ResultsSection>
  );
}

export function WaitPoints({ results, blueprint, names, onSelectStep }: RankedPointsProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const items = waitRanking(results, blueprint).map((row) => {
    const value = row.unstable
      ? t('results.waits.unstable')
      : format.value(row.meanMinutes, 'minutes');
    const p90 =
      row.p90Minutes === null
        ? null
        : t('results.waits.p90', { value: format.value(row.p90Minutes, 'minutes') });
    const allQueued =
      row.allQueuedMinutes === null
        ? null
        : t('results.waits.allQueued', { value: format.value(row.allQueuedMinutes, 'minutes') });
    return rankedItem(
      'waits',
      {
        stepId: row.stepId,
        value,
        quoted: value,
        details: [format.ci(row.ci95, 'minutes'), p90, allQueued],
        verdict: row.verdict,
      },
      names,
      t,
    );
  });
  return <RankedSection kind="waits" items={items} onSelectStep={onSelectStep} />;
}

export function FailPoints({ results, blueprint, names, onSelectStep }: RankedPointsProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const items = failRanking(results, blueprint).map((row) => {
    const rate = format.value(row.rate, 'share');
    const count = t('results.fails.perRun', { value: format.value(row.perRun, 'count') });
    return rankedItem(
      'fails',
      {
        stepId: row.stepId,
        value: t('results.fails.rate', { value: rate }),
        quoted: rate,
        details: [t('results.fails.countPer', { count, per }), format.ci(row.ci95, 'count')],
        verdict: row.verdict,
      },
      names,
      t,
    );
  });
  return <RankedSection kind="fails" items={items} onSelectStep={onSelectStep} />;
}
