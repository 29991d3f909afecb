/**
 * One row of a results list that is not a ranking (the day's batches, missed tickets, the
 * lobby manager's diversions): a name, a figure and its details, as a button that selects
 * the step the row is about.
 */
import { useTranslation } from 'react-i18next';

/** What a row shows and is about; FactSection adds the click. */
export interface FactRowCells {
  /** The step the button selects, and the name its accessible label gives it. */
  stepId: string;
  stepName: string;
  /** The row's own name (the step's, or a flow's "from → to"). */
  name: string;
  value: string;
  /** The details, worded; empty parts (null) are left out. */
  details: (string | null)[];
  /** What the row is about, for tests: a step's id or a flow's. */
  data: { 'data-step-id': string } | { 'data-flow-id': string };
}

export interface FactRowProps extends FactRowCells {
  onSelectStep: (stepId: string) => void;
}

/** The cells of a row about a step itself: named by it, selecting it. */
export function stepFact(
  stepId: string,
  stepName: string,
): Pick<FactRowCells, 'stepId' | 'stepName' | 'name' | 'data'> {
  return { stepId, stepName, name: stepName, data: { 'data-step-id': stepId } };
}

export function FactRow({
  stepId,
  stepName,
  name,
  value,
  details,
  data,
  onSelectStep,
}: FactRowProps) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className="results-ranked__row"
        {...data}
        aria-label={`${t('results.selectStep', { step: stepName })}: ${value}`}
        onClick={() => onSelectStep(stepId)}
      >
        <span className="results-ranked__name">{name}</span>
        <span className="results-ranked__value">{value}</span>
        <span className="results-ranked__detail">
          {details.filter((part) => part !== null).join(' · ')}
        </span>
      </button>
    </li>
  );
}
