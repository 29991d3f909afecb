/** The rows skipped or kept with a note: a count for each reason and its first rows, in the UI's language. */
import { useTranslation } from 'react-i18next';
import { type LogSummary, describeRowIssue } from '../../calibrate/logs/index.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { languageOf } from './language.ts';

export function RowIssues({ summary }: { summary: LogSummary }) {
  const { t } = useTranslation();
  const language = languageOf(useUiLanguage());
  return (
    <section className="calibrate-rows" aria-labelledby="calibrate-rows-title">
      <h3 id="calibrate-rows-title">{t('calibrate.rowsHeading')}</h3>
      {summary.reasons.length === 0 ? (
        <p className="calibrate-hint">{t('calibrate.noIssues')}</p>
      ) : (
        <ul className="calibrate-reasons" data-testid="calibrate-reasons">
          {summary.reasons.map((reason) => {
            const first = reason.examples[0];
            const sentence = first === undefined ? reason.code : describeRowIssue(first, language);
            return (
              <li key={reason.code} data-code={reason.code}>
                {t(reason.skipped ? 'calibrate.reasonSkipped' : 'calibrate.reasonNoted', {
                  count: reason.count,
                  reason: sentence,
                })}
                <ul>
                  {reason.examples.map((example) => (
                    <li key={example.row}>
                      {t('calibrate.exampleRow', {
                        row: example.row,
                        text: describeRowIssue(example, language),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
