/**
 * The large clock (written by the driver every frame) and the live counters (the engine's
 * own, refreshed a few times a second).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { dayNumber } from './clockFormat.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';

export function PlaybackHud({
  driver,
  status,
}: {
  driver: PlaybackDriver;
  status: PlaybackStatus;
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
  const waiting = Object.values(frame?.queueLengths ?? {}).reduce((sum, n) => sum + n, 0);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const meanWait = counters?.meanWait;
  const day = frame && info?.mode === 'steady' ? dayNumber(frame.clock, info.start) : null;

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
      <dl className="playback-counters">
        <Counter name="inBranch" label={t('playback.inBranch')} value={counters?.inSystem} />
        <Counter name="waiting" label={t('playback.waiting')} value={frame ? waiting : undefined} />
        <Counter name="served" label={t('playback.served')} value={counters?.served} />
        <Counter name="gaveUp" label={t('playback.gaveUp')} value={counters?.abandoned} />
        <Counter
          name="averageWait"
          label={t('playback.averageWait')}
          title={t('playback.averageWaitHint')}
          value={meanWait ?? undefined}
          text={
            meanWait === null || meanWait === undefined
              ? t('playback.noWaitYet')
              : t('playback.minutes', { value: number.format(meanWait) })
          }
        />
      </dl>
    </section>
  );
}

function Counter({
  name,
  label,
  value,
  text,
  title,
}: {
  name: string;
  label: string;
  value: number | undefined;
  text?: string;
  title?: string;
}) {
  return (
    <div className="playback-counter" data-counter={name} data-value={value ?? ''} title={title}>
      <dt className="playback-counter__label">{label}</dt>
      <dd className="playback-counter__value">{text ?? (value === undefined ? '–' : value)}</dd>
    </div>
  );
}
