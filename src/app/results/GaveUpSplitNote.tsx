/** Beside a gave-up count: how many of them balked and how many reneged, in words. */
import { useTranslation } from 'react-i18next';
import type { GaveUpSplit } from './gaveUpSplit.ts';
import { useResultsFormat } from './useResultsFormat.ts';

/** "balked 0.7, reneged 49.7"; null where there is no split to show. */
export function useGaveUpSplitText(): (split: GaveUpSplit | null) => string | null {
  const { t } = useTranslation();
  const format = useResultsFormat();
  return (split) =>
    split
      ? t('results.gaveUpSplit', {
          balked: format.amount(split.balked, 'count'),
          reneged: format.amount(split.reneged, 'count'),
        })
      : null;
}

/** Under a gave-up count in a table. */
export function GaveUpSplitNote({ split }: { split: GaveUpSplit | null }) {
  const text = useGaveUpSplitText()(split);
  if (text === null) return null;
  return (
    <span className="results-table__ci" data-gave-up-split="">
      {text}
    </span>
  );
}
