/**
 * The heat overlay on one step: a strip across the bottom of the box coloured on the one
 * heat scale, with the measured wait (for a step done as one batch: its items a day and
 * when the pile was done, as nobody waits there), the failure rate, the pool's utilisation, and the
 * measured W/F marks set against the designer's. A mark the designer set where nothing
 * happens, and a wait nobody marked, are drawn so that both stand out.
 */
import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { clockTime, formatAmount } from '../results/format.ts';
import { markVerdict, type MarkVerdict } from '../results/marks.ts';
import { heatColour } from './heat.ts';
import { useStepResult } from './useStepResult.ts';

type Shown = Exclude<MarkVerdict, 'none'>;

const VERDICT_KEY = {
  confirmed: 'Confirmed',
  unmarkedButHigh: 'Unmarked',
  markedButQuiet: 'Quiet',
} as const satisfies Record<Shown, string>;

const VERDICT_SIGN: Record<Shown, string> = {
  confirmed: '✓',
  unmarkedButHigh: '!',
  markedButQuiet: '?',
};

export function StepResultStrip({ stepId, poolLabel }: { stepId: string; poolLabel?: Text }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const text = useLocalizedText();
  const result = useStepResult(stepId);
  if (!result) return null;
  const { marks, pool, batch } = result;
  const minutes = t('units.minutes', {
    value: marks.unstable ? '∞' : formatAmount(marks.waitMinutes ?? 0, 'minutes', language),
  });
  const percent = `${formatAmount(marks.failureRate, 'share', language)} %`;
  const colour = heatColour(marks.heat);
  const chips = [
    {
      letter: t('step.waitMark'),
      kind: 'wait' as const,
      verdict: markVerdict(marks.designerW, marks.measuredW),
    },
    {
      letter: t('step.failMark'),
      kind: 'fail' as const,
      verdict: markVerdict(marks.designerF, marks.measuredF),
    },
  ].flatMap((chip) =>
    chip.verdict === 'none'
      ? []
      : [
          {
            ...chip,
            verdict: chip.verdict,
            label: t(`simulation.measured.${chip.kind}${VERDICT_KEY[chip.verdict]}`, {
              minutes,
              percent,
            }),
          },
        ],
  );

  const nothingMeasured =
    marks.waitMinutes === null && !marks.unstable && marks.failureRate === 0 && !pool && !batch;
  // A step with no queue, no failures and no pool (the customer filling in a slip) has
  // nothing to show: no empty strip.
  if (nothingMeasured && chips.length === 0) return null;

  return (
    <div
      className="step-result"
      data-heat={marks.heat.toFixed(2)}
      data-wait={marks.unstable ? 'Infinity' : (marks.waitMinutes ?? 0).toFixed(2)}
      style={{ background: colour.background, color: colour.text }}
    >
      {marks.waitMinutes !== null || marks.unstable ? (
        <span className="step-result__wait">{t('simulation.stripWait', { minutes })}</span>
      ) : null}
      {batch && (
        <span className="step-result__batch">
          {batch.doneAt === null
            ? t('simulation.stripBatch', { count: formatAmount(batch.items, 'whole', language) })
            : t('simulation.stripBatchDone', {
                count: formatAmount(batch.items, 'whole', language),
                time: clockTime(batch.doneAt),
              })}
        </span>
      )}
      {marks.failureRate > 0 && (
        <span className="step-result__fail">{t('simulation.stripFail', { percent })}</span>
      )}
      {pool && (
        <span className="step-result__busy">
          {t('simulation.stripBusy', {
            pool: poolLabel ? text(poolLabel) : pool.id,
            percent: `${Math.round(pool.utilization * 100)} %`,
          })}
        </span>
      )}
      {chips.map((chip) => (
        <span
          key={chip.kind}
          className={`measured-mark measured-mark--${chip.kind} measured-mark--${chip.verdict}`}
          role="img"
          aria-label={chip.label}
          title={chip.label}
          data-verdict={chip.verdict}
        >
          {chip.letter}
          {VERDICT_SIGN[chip.verdict]}
        </span>
      ))}
    </div>
  );
}
