/** What was not matched or not written, each note in the UI's language with the blueprint's names. */
import { useTranslation } from 'react-i18next';
import { type CalibrationNote, DAY_TYPES, type DayType } from '../../calibrate/index.ts';
import type { BlueprintNames } from './useBlueprintNames.ts';

/** Note params that are ids, shown by their names. */
const STEP_PARAMS = new Set(['step', 'holder', 'until', 'from', 'to']);

export function FitNotes({
  notes,
  names,
}: {
  notes: readonly CalibrationNote[];
  names: BlueprintNames;
}) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <div className="calibrate-notes" data-testid="calibrate-notes">
      <h4>{t('calibrate.fit.notes')}</h4>
      <ul>
        {notes.map((note, index) => {
          const values: Record<string, string> = {};
          for (const [key, value] of Object.entries(note.params)) {
            const text = String(value);
            values[key] = STEP_PARAMS.has(key)
              ? names.step(text)
              : key === 'class' && text !== ''
                ? names.class(text)
                : key === 'pool'
                  ? names.pool(text)
                  : key === 'dayType'
                    ? (DAY_TYPES as readonly string[]).includes(text)
                      ? t(`calibrate.days.kind.${text as DayType}`)
                      : names.dayType(text)
                    : text;
          }
          return (
            <li key={index} data-code={note.code}>
              {t(`calibrate.fit.note.${note.code}`, { ...values, defaultValue: note.code })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
