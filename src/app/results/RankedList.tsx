/**
 * A ranked list of steps, each row a button that selects the step on the blueprint. No
 * hooks: the wait and fail lists give it words and numbers already formatted.
 */
import type { MarkVerdict } from './marks.ts';

export interface RankedItem {
  stepId: string;
  name: string;
  /** The measurement, formatted: "3.7 min", "7.3 % of attempts". */
  value: string;
  /** The interval or a second figure; empty for none. */
  detail: string;
  designerMarked: boolean;
  verdict: MarkVerdict;
  /** The verdict in words; empty when there is nothing to say. */
  verdictText: string;
  /** Accessible name of the row's button. */
  selectLabel: string;
}

export interface RankedListProps {
  kind: 'wait' | 'fail';
  items: RankedItem[];
  /** The mark's letter (W or F) and what it means, for the designer's column. */
  markLetter: string;
  markLabel: string;
  emptyText: string;
  onSelectStep: (stepId: string) => void;
}

export function RankedList({
  kind,
  items,
  markLetter,
  markLabel,
  emptyText,
  onSelectStep,
}: RankedListProps) {
  if (items.length === 0) return <p className="results-empty">{emptyText}</p>;
  return (
    <ol className={`results-ranked results-ranked--${kind}`}>
      {items.map((item) => (
        <li key={item.stepId}>
          <button
            type="button"
            className={`results-ranked__row results-ranked__row--${item.verdict}`}
            data-step-id={item.stepId}
            aria-label={item.selectLabel}
            onClick={() => onSelectStep(item.stepId)}
          >
            <span
              className={`results-mark results-mark--${kind}${item.designerMarked ? '' : ' results-mark--absent'}`}
              title={item.designerMarked ? markLabel : undefined}
              aria-hidden="true"
            >
              {item.designerMarked ? markLetter : ''}
            </span>
            <span className="results-ranked__name">{item.name}</span>
            <span className="results-ranked__value">{item.value}</span>
            {item.detail !== '' && <span className="results-ranked__detail">{item.detail}</span>}
            {item.verdictText !== '' && (
              <span className={`results-verdict results-verdict--${item.verdict}`}>
                {item.verdictText}
              </span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
