/**
 * A small table of day periods (from, to, a number): a pool's capacity schedule or an
 * arrival rate profile. Each cell commits on its own; rows are added and removed whole.
 */
import { useTranslation } from 'react-i18next';
import { TextField } from './fields.tsx';
import { formatNumber, parseNumber, parseTime } from './numbers.ts';
import { nextPeriod, type Period } from './periods.ts';
import { RowsTable } from './RowsTable.tsx';
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

export function PeriodsTable({ caption, valueLabel, periods, onChange, integer, minRows }: Props) {
  const { t } = useTranslation();
  const numberProblem = useNumberProblem();
  return (
    <RowsTable
      caption={caption}
      columns={[t('inspector.periods.from'), t('inspector.periods.to'), valueLabel]}
      rows={periods}
      onChange={onChange}
      newRow={nextPeriod}
      minRows={minRows}
      cells={(period, index, replace) => (
        <>
          {(['from', 'to'] as const).map((end) => (
            <td key={end}>
              <TextField
                hideLabel
                label={`${t(`inspector.periods.${end}`)} ${index + 1}`}
                value={period[end]}
                onCommit={(value) => {
                  const parsed = parseTime(value);
                  if (!parsed.ok) return t('inspector.problem.time');
                  replace({ ...period, [end]: parsed.value });
                  return undefined;
                }}
              />
            </td>
          ))}
          <td>
            <TextField
              hideLabel
              label={`${valueLabel} ${index + 1}`}
              inputMode="decimal"
              value={formatNumber(period.value)}
              onCommit={(value) => {
                const parsed = parseNumber(value, { min: 0, integer });
                if (!parsed.ok) return numberProblem(parsed.problem);
                replace({ ...period, value: parsed.value });
                return undefined;
              }}
            />
          </td>
        </>
      )}
    />
  );
}
