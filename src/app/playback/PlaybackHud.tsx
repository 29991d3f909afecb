/**
 * The large clock (written by the driver every frame), the live counters (the engine's
 * own, refreshed a few times a second) and one line under them for what "Next event" ran
 * to or a word about the lesson. Every number keeps its width as it grows, and the line
 * its height when empty: nothing on the projector moves but the numbers themselves.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { dayNumber } from './clockFormat.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { SteadyText } from './SteadyText.tsx';

/** Ghosts for a count (tabular figures: every digit is as wide as 8). */
const COUNT_WIDTH = ['888'];
const SERVED_WIDTH = ['8888'];

export function PlaybackHud({
  driver,
  status,
  message,
  aside,
}: {
  driver: PlaybackDriver;
  status: PlaybackStatus;
  /** The line under the counters: the last event, or a word about the lesson; null: empty. */
  message: string | null;
  /** Shown after the counters (the squares' legend, on a squarer screen in Present). */
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const clockRef = useRef<HTMLTimeElement>(null);
  useEffect(() => {
    driver.attachClock(clockRef.current);
    return () => driver.attachClock(null);
  }, [driver]);

  const frame = status.frame;
  const info = status.info;
  const counters = frame?.counters;
  const number = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const minutes = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('playback.noWaitYet')
      : t('playback.minutes', { value: number.format(value) });
  const waitWidth = [minutes(88.8)];
  const day = frame && info?.mode === 'steady' ? dayNumber(frame.clock, info.start) : null;
  const recentWait = frame?.recent.meanWait;
  const counterList: CounterProps[] = [
    { name: 'inBranch', value: counters?.inSystem, widest: COUNT_WIDTH },
    {
      name: 'waiting',
      value: frame?.waiting,
      hint: t('playback.waitingHint'),
      widest: COUNT_WIDTH,
    },
    { name: 'served', value: counters?.served, widest: SERVED_WIDTH },
    {
      name: 'gaveUp',
      value: counters?.abandoned,
      hint: t('playback.gaveUpHint'),
      widest: COUNT_WIDTH,
    },
    {
      name: 'averageWait',
      value: counters?.meanWait ?? undefined,
      text: minutes(counters?.meanWait),
      hint: t('playback.averageWaitHint'),
      widest: waitWidth,
    },
    {
      name: 'recentWait',
      value: recentWait ?? undefined,
      text: minutes(recentWait),
      hint: t('playback.recentWaitHint'),
      widest: waitWidth,
    },
  ];

  return (
    <section className="playback-hud" aria-label={t('playback.counters')}>
      <div className="playback-hud__clock">
        <span className="playback-hud__caption">
          {t('playback.clock')}
          {day !== null && ` · ${t('playback.dayN', { day })}`}
        </span>
        {/* The driver writes the time here every frame; React renders no text inside. */}
        <time ref={clockRef} className="playback-clock" data-testid="playback-clock" />
        {frame?.finished && (
          <span className="playback-hud__finished">{t('playback.finished')}</span>
        )}
      </div>
      <div className="playback-hud__side">
        <dl className="playback-counters">
          {counterList.map((item) => (
            <Counter key={item.name} {...item} />
          ))}
        </dl>
        <p className="playback-hud__message" data-testid="playback-message" aria-live="polite">
          {message}
        </p>
      </div>
      {aside}
    </section>
  );
}

interface CounterProps {
  /** The counter's key: its label is `playback.<name>`. */
  name: 'inBranch' | 'waiting' | 'served' | 'gaveUp' | 'averageWait' | 'recentWait';
  value: number | undefined;
  /** What is shown, when not the value itself. */
  text?: string;
  /** What the counter counts, in more words (a tooltip). */
  hint?: string;
  widest: readonly string[];
}

function Counter({ name, value, text, hint, widest }: CounterProps) {
  const { t } = useTranslation();
  return (
    <div className="playback-counter" data-counter={name} data-value={value ?? ''} title={hint}>
      <dt className="playback-counter__label">{t(`playback.${name}`)}</dt>
      <dd className="playback-counter__value">
        <SteadyText text={text ?? (value === undefined ? '–' : String(value))} widest={widest} />
      </dd>
    </div>
  );
}
