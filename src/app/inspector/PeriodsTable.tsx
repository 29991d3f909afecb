/**
 * A small table of day periods (from, to, a number): a pool's capacity schedule or an
 * arrival rate profile. Each cell commits on its own; rows are added and removed whole.
 */
import { useTranslation } from 'react-i18next';
import { TextField } from './fields.tsx';
import { formatNumber, parseNumber, parseTime } from './numbers.ts';
import { nextPeriod, type Period } from './periods.ts';
import { useNumberProblem } from './useInspector.ts';

interface Props {
  caption: string;
  valueLabel: string;
  periods: readonly Period[];
  onChange: (periods: Period[]) => void;
  integer?: boolean;
  /** Rows that must stay (a profile needs at least one period). */
  minRows?: number;
}

export function PeriodsTable({
  caption,
  valueLabel,
  periods,
  onChange,
  integer,
  minRows = 0,
}: Props) {
  const { t } = useTranslation();
  const numberProblem = useNumberProblem();
  const replace = (index: number, period: Period) =>
    onChange(periods.map((p, i) => (i === index ? period : p)));
  const timeCell = (index: number, end: 'from' | 'to') => (
    <td>
      <TextField
        hideLabel
        label={`${t(`inspector.periods.${end}`)} ${index + 1}`}
        value={periods[index]![end]}
        onCommit={(value) => {
          const parsed = parseTime(value);
          if (!parsed.ok) return t('inspector.problem.time');
          replace(index, { ...periods[index]!, [end]: parsed.value });
          return undefined;
        }}
      />
    </td>
  );
  return (
    <table className="inspector-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.periods.from')}</th>
          <th scope="col">{t('inspector.periods.to')}</th>
          <th scope="col">{valueLabel}</th>
          <th scope="col">
            <span className="visually-hidden">{t('inspector.periods.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {periods.map((period, index) => (
          <tr key={index}>
            {timeCell(index, 'from')}
            {timeCell(index, 'to')}
            <td>
              <TextField
                hideLabel
                label={`${valueLabel} ${index + 1}`}
                inputMode="decimal"
                value={formatNumber(period.value)}
                onCommit={(value) => {
                  const parsed = parseNumber(value, { min: 0, integer });
                  if (!parsed.ok) return numberProblem(parsed.problem);
                  replace(index, { ...period, value: parsed.value });
                  return undefined;
                }}
              />
            </td>
            <td>
              <button
                type="button"
                className="inspector-icon-button"
                disabled={periods.length <= minRows}
                aria-label={`${t('inspector.periods.remove')} ${index + 1}`}
                onClick={() => onChange(periods.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4}>
            <button
              type="button"
              className="inspector-button"
              onClick={() => onChange([...periods, nextPeriod(periods)])}
            >
              {t('inspector.periods.add')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
