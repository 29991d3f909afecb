/**
 * The heat overlay on one step: a strip across the bottom of the box coloured on the one
 * heat scale, with the measured wait (for a step done as one batch: its items a day and
 * when the pile was done, as nobody waits there), the failure rate and the pool's
 * utilisation; and over the box's top-left corner, opposite the designer's marks, the
 * measured W/F verdicts set against them. A mark the designer set where nothing happens,
 * and a wait nobody marked, are drawn so that both stand out. The strip held the verdicts
 * and the pool's name too, and cut them ("wait 7.0 m", "Tell…").
 */
import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { clockTime, formatAmount } from '../results/format.ts';
import { markVerdict, type MarkVerdict } from '../results/marks.ts';
import { heatColour } from './heat.ts';
import { useStepResult } from './useStepResult.ts';

type Shown = Exclude<MarkVerdict, 'none'>;

/** A measured wait under this many minutes (3 s) reads "no wait": "0.0 min" says less, longer. */
const NO_WAIT_BELOW = 0.05;

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

  // Most telling first: a strip too narrow for all of them shows the first ones whole and
  // wraps the rest out of sight (simulation.css), never a cut word; its tooltip has them all.
  const items: { key: string; shown: string; full?: string }[] = [];
  if (marks.unstable || (marks.waitMinutes !== null && marks.waitMinutes >= NO_WAIT_BELOW))
    items.push({ key: 'wait', shown: t('simulation.stripWait', { minutes }) });
  else if (marks.waitMinutes !== null)
    items.push({ key: 'wait', shown: t('simulation.stripNoWait') });
  if (batch) {
    const count = formatAmount(batch.items, 'whole', language);
    items.push({
      key: 'batch',
      shown:
        batch.doneAt === null
          ? t('simulation.stripBatch', { count })
          : t('simulation.stripBatchDone', { count, time: clockTime(batch.doneAt) }),
    });
  }
  if (marks.failureRate > 0)
    items.push({ key: 'fail', shown: t('simulation.stripFail', { percent }) });
  if (pool) {
    const busy = `${Math.round(pool.utilization * 100)} %`;
    // The pool's name is on the box already (StepFacts): the strip has no room to repeat it.
    items.push({
      key: 'busy',
      shown: t('simulation.stripBusy', { percent: busy }),
      full: t('simulation.stripBusyOf', {
        pool: poolLabel ? text(poolLabel) : pool.id,
        percent: busy,
      }),
    });
  }

  return (
    <>
      {items.length > 0 && (
        <div
          className="step-result"
          data-heat={marks.heat.toFixed(2)}
          data-wait={marks.unstable ? 'Infinity' : (marks.waitMinutes ?? 0).toFixed(2)}
          title={items.map((item) => item.full ?? item.shown).join(' · ')}
          style={{ background: colour.background, color: colour.text }}
        >
          {items.map((item) => (
            <span key={item.key} className={`step-result__${item.key}`}>
              {item.shown}
            </span>
          ))}
        </div>
      )}
      {chips.length > 0 && (
        <div className="step-verdicts">
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
      )}
    </>
  );
}
