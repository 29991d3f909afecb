/**
 * Play, pause, next event, speed, restart (same or new seed), jump to a time of day, and
 * the live changes (arrival rate, lunch peak, reset to the blueprint). Live changes are
 * playback only: the blueprint is never edited from here.
 */
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import {
  SPEEDS,
  type SpeedLabel,
  formatTimeInput,
  parseTimeInput,
  speedIndex,
} from './clockFormat.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { SteadyText } from './SteadyText.tsx';

const SPEED_NAMES = {
  realTime: 'playback.speedRealTime',
  hourPerMinute: 'playback.speedHourPerMinute',
  openingDayPerMinute: 'playback.speedOpeningDayPerMinute',
  dayPerMinute: 'playback.speedDayPerMinute',
} as const satisfies Record<SpeedLabel, string>;

const RATE_FACTORS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];

function newSeed(): number {
  return 1 + Math.floor(Math.random() * 2_000_000_000);
}

export function TransportBar({
  driver,
  status,
  compact = false,
  stacked = false,
  children,
}: {
  driver: PlaybackDriver;
  status: PlaybackStatus;
  /**
   * Present: one row where the screen is wide enough, so the stage keeps the height its
   * names need: the speed as its factor only, shorter words (each button's tooltip and
   * accessible name keep the whole ones).
   */
  compact?: boolean;
  /**
   * Each slider's name above it, not beside it (Present, and a short window's row;
   * playbackShort.css, playbackPresent.css).
   */
  stacked?: boolean;
  /** Shown at the row's end (the presentation's way out). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const frame = status.frame;
  const info = status.info;
  const ready = status.phase === 'running' && frame !== null;
  const speedName = (speed: (typeof SPEEDS)[number]) =>
    speed.label
      ? `${t('playback.speedTimes', { factor: speed.factor })} · ${t(SPEED_NAMES[speed.label])}`
      : t('playback.speedTimes', { factor: speed.factor });
  const speedShown = (speed: (typeof SPEEDS)[number]) =>
    compact ? t('playback.speedTimes', { factor: speed.factor }) : speedName(speed);
  const speedText = speedName(SPEEDS[speedIndex(status.speed)]!);
  const rateKey = compact ? 'playback.arrivalRateShort' : 'playback.arrivalRateValue';
  const live = frame?.live;
  const rateIndex = nearest(RATE_FACTORS, live?.rateFactor ?? 1);
  const perHour = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });

  return (
    <footer
      className={`playback-transport${compact ? ' playback-transport--compact' : ''}${
        stacked ? ' playback-transport--stacked' : ''
      }`}
      aria-label={t('playback.transport')}
    >
      <div className="playback-transport__group">
        <button
          type="button"
          className="playback-transport__play"
          data-testid="playback-toggle"
          disabled={!ready || frame.finished}
          aria-keyshortcuts="Space"
          onClick={() => driver.toggle()}
        >
          <span aria-hidden="true">{status.playing ? '❚❚ ' : '▶ '}</span>
          {status.playing ? t('playback.pause') : t('playback.playAction')}
        </button>
        <button
          type="button"
          title={t('playback.stepHint')}
          disabled={!ready || frame.finished}
          aria-keyshortcuts="ArrowRight"
          onClick={() => driver.stepEvent()}
        >
          {t('playback.stepEvent')}
        </button>
        <label className="playback-transport__speed" title={t('playback.speed')}>
          <span className="playback-transport__name">{t('playback.speed')}</span>
          <input
            type="range"
            aria-label={t('playback.speed')}
            min={0}
            max={SPEEDS.length - 1}
            step={1}
            value={speedIndex(status.speed)}
            aria-valuetext={speedText}
            data-testid="playback-speed-range"
            onChange={(event) =>
              driver.setSpeed(SPEEDS[Number(event.target.value)]!.minutesPerSecond)
            }
          />
          <output data-testid="playback-speed">
            <SteadyText
              text={speedShown(SPEEDS[speedIndex(status.speed)]!)}
              widest={SPEEDS.map(speedShown)}
            />
          </output>
        </label>
      </div>
      <div
        className="playback-transport__group playback-transport__live"
        role="group"
        aria-label={t('playback.liveChanges')}
        title={t('playback.liveChanges')}
      >
        <label className="playback-transport__rate" title={t('playback.arrivalRate')}>
          <span className="playback-transport__name">{t('playback.arrivalRate')}</span>
          <input
            type="range"
            aria-label={t('playback.arrivalRate')}
            min={0}
            max={RATE_FACTORS.length - 1}
            step={1}
            value={rateIndex}
            disabled={!ready}
            data-testid="playback-rate-range"
            onChange={(event) => driver.setRateFactor(RATE_FACTORS[Number(event.target.value)]!)}
          />
          <output>
            <SteadyText
              text={t(rateKey, {
                factor: RATE_FACTORS[rateIndex],
                perHour: perHour.format(frame?.arrivalsPerHour ?? 0),
              })}
              widest={RATE_FACTORS.map((factor) =>
                t(rateKey, { factor, perHour: perHour.format(888) }),
              )}
            />
          </output>
        </label>
        {info?.peakPerHour != null && (
          <button
            type="button"
            aria-pressed={live?.peak ?? false}
            disabled={!ready}
            title={t('playback.lunchPeakHint', { perHour: perHour.format(info.peakPerHour) })}
            onClick={() => driver.setPeak(!live?.peak)}
          >
            {t(compact ? 'playback.lunchPeakShort' : 'playback.lunchPeak')}
          </button>
        )}
        <button
          type="button"
          title={`${t('playback.resetLive')}: ${t('playback.resetLiveHint')}`}
          disabled={!ready}
          onClick={() => driver.resetLive()}
        >
          {t(compact ? 'playback.resetLiveShort' : 'playback.resetLive')}
        </button>
      </div>
      <div className="playback-transport__group playback-transport__extra">
        <button
          type="button"
          title={`${t('playback.restartHint')} (${t('playback.seed', { seed: info?.seed ?? '' })})`}
          disabled={!info}
          onClick={() => driver.restart(info?.seed ?? null)}
        >
          {t('playback.restart')}
        </button>
        <button
          type="button"
          title={t('playback.newSeedHint')}
          disabled={!info}
          onClick={() => driver.restart(newSeed())}
        >
          {t('playback.newSeed')}
        </button>
        {info && (
          <span className="playback-transport__seed">
            {t('playback.seed', { seed: info.seed })}
          </span>
        )}
        {frame && <JumpTo driver={driver} clock={frame.clock} />}
      </div>
      {children}
    </footer>
  );
}

/**
 * The time to jump to. Untouched it shows the clock (a field stuck at 09:00 while the
 * clock reads 09:09 reads as a wrong time); from the moment the trainer focuses, clicks or
 * types in it, it holds their draft until they jump or leave the form.
 */
function JumpTo({ driver, clock }: { driver: PlaybackDriver; clock: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const text = draft ?? formatTimeInput(clock);
  const minutes = parseTimeInput(text);
  // Held before the key or click acts, so a running clock never resets a selection.
  const hold = () => setDraft((held) => held ?? text);
  return (
    <form
      className="playback-transport__jump"
      title={t('playback.jumpHint')}
      // Enter in the field clicks the button too (implicit submission).
      onSubmit={(event) => event.preventDefault()}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setDraft(null);
      }}
    >
      <label>
        <span>{t('playback.jumpTo')}</span>
        {/* Text, not type="time": the browser would show its own locale's 12-hour
            "01:30 PM"; a class reads the 24-hour clock the playback shows. */}
        <input
          type="text"
          inputMode="numeric"
          placeholder="HH:MM"
          pattern="[0-2]?[0-9]:[0-5][0-9]"
          size={5}
          aria-invalid={minutes === null}
          value={text}
          ref={fieldRef}
          data-testid="playback-jump-time"
          onFocus={hold}
          onPointerDown={hold}
          onKeyDown={hold}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button
        type="submit"
        disabled={minutes === null}
        onClick={(event) => {
          // Here, before the page hands a clicked button's focus back (which ends the
          // draft): the jump goes to the typed time.
          event.preventDefault();
          if (minutes === null) return;
          driver.jumpTo(Math.floor(clock / 1440) * 1440 + minutes);
          setDraft(null);
          // Jumped with Enter, the field would keep the focus and take Space and F as
          // text: it lets go, as after a click on Go, so the shortcuts work at once.
          fieldRef.current?.blur();
        }}
      >
        {t('playback.jump')}
      </button>
    </form>
  );
}

function nearest(values: readonly number[], value: number): number {
  let best = 0;
  values.forEach((candidate, i) => {
    if (Math.abs(candidate - value) < Math.abs(values[best]! - value)) best = i;
  });
  return best;
}
