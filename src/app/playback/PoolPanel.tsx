/**
 * Each pool's units as windows: busy, free, or closing (taken away while still serving:
 * the customer is finished first), with a legend for the squares. The trainer opens or
 * closes one from here, from now on. Nothing moves when a window is added or the numbers
 * grow: the numbers, "set by you" and "Back to schedule" keep their room when absent.
 */
import { useTranslation } from 'react-i18next';
import { type Blueprint, ownValue } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { poolNumbers } from './poolNumbers.ts';
import { SteadyText } from './SteadyText.tsx';
import { WrappedName } from './WrappedName.tsx';

/** More units than this are shown as a bar, not one by one. */
const MAX_UNITS_DRAWN = 12;

type UnitState = 'busy' | 'idle' | 'closing';

export function unitStates(capacity: number, busy: number): UnitState[] {
  const count = Math.max(capacity, busy);
  return Array.from({ length: count }, (_, i) =>
    i < busy ? (i < capacity ? 'busy' : 'closing') : 'idle',
  );
}

interface PoolPanelProps {
  blueprint: Blueprint;
  driver: PlaybackDriver;
  status: PlaybackStatus;
  /**
   * Present: each pool's numbers as "busy/units" beside its name, on one line where the
   * row allows (its queue's length is on the stage, at its step).
   */
  compact: boolean;
  /** The squares' legend is shown elsewhere (beside the counters). */
  legendElsewhere?: boolean;
}

export function PoolPanel({
  blueprint,
  driver,
  status,
  compact,
  legendElsewhere = false,
}: PoolPanelProps) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const pools = status.info?.pools ?? [];
  const frame = status.frame;
  if (!frame || pools.length === 0) return null;
  const numbers = (busy: number, capacity: number, waiting: number) =>
    poolNumbers(t, { busy, capacity, waiting }, compact);
  const numbersWidth = [numbers(88, 88, 888)];
  return (
    <section className="playback-pools" aria-label={t('playback.pools')}>
      {pools.map(({ id }) => {
        const state = ownValue(frame.pools, id);
        if (!state) return null;
        const resource = blueprint.resources?.find((r) => r.id === id);
        const name = resource ? text(resource.label) || id : id;
        const held = frame.live.heldUnits[id] !== undefined;
        const units = unitStates(state.capacity, state.busy);
        return (
          <div
            key={id}
            className="playback-pool"
            data-pool={id}
            data-capacity={state.capacity}
            data-busy={state.busy}
            data-waiting={state.waiting}
          >
            <div className="playback-pool__head">
              <span className="playback-pool__name">
                <WrappedName name={name} />
              </span>
              <span className="playback-pool__numbers">
                <SteadyText
                  text={numbers(state.busy, state.capacity, state.waiting)}
                  widest={numbersWidth}
                />
              </span>
              <span className="playback-pool__held" data-held={held}>
                <SteadyText
                  text={held ? t('playback.heldByYou') : ''}
                  widest={[t('playback.heldByYou')]}
                />
              </span>
            </div>
            <div className="playback-pool__body">
              <button
                type="button"
                className="playback-pool__change"
                aria-label={t('playback.fewerUnits', { pool: name })}
                title={t('playback.fewerUnits', { pool: name })}
                disabled={state.capacity === 0}
                onClick={() => driver.setUnits(id, state.capacity - 1)}
              >
                −
              </button>
              {units.length <= MAX_UNITS_DRAWN ? (
                <ol className="playback-units">
                  {units.map((unit, i) => (
                    <li
                      key={i}
                      className={`playback-unit playback-unit--${unit}`}
                      data-state={unit}
                      title={t(
                        unit === 'busy'
                          ? 'playback.unitBusy'
                          : unit === 'idle'
                            ? 'playback.unitIdle'
                            : 'playback.unitClosing',
                      )}
                    />
                  ))}
                </ol>
              ) : (
                <meter
                  className="playback-pool__meter"
                  min={0}
                  max={Math.max(1, state.capacity)}
                  value={state.busy}
                />
              )}
              <button
                type="button"
                className="playback-pool__change"
                aria-label={t('playback.moreUnits', { pool: name })}
                title={t('playback.moreUnits', { pool: name })}
                onClick={() => driver.setUnits(id, state.capacity + 1)}
              >
                +
              </button>
              {/* Always there, invisible until needed: appearing, it would push the rest. */}
              <button
                type="button"
                className="playback-pool__schedule"
                data-shown={held}
                aria-hidden={!held}
                tabIndex={held ? 0 : -1}
                onClick={() => driver.followSchedule(id)}
              >
                {t('playback.followSchedule')}
              </button>
            </div>
          </div>
        );
      })}
      {!legendElsewhere && <UnitLegend />}
    </section>
  );
}

/** What the squares mean, drawn as they are. */
export function UnitLegend() {
  const { t } = useTranslation();
  const items = [
    { state: 'busy', label: t('playback.legendBusy') },
    { state: 'idle', label: t('playback.legendIdle') },
    { state: 'closing', label: t('playback.legendClosing') },
  ] as const;
  return (
    <div className="playback-legend" data-testid="playback-legend">
      <span className="playback-legend__title">{t('playback.legend')}</span>
      <ul className="playback-legend__items">
        {items.map(({ state, label }) => (
          <li key={state} className="playback-legend__item">
            <span className={`playback-unit playback-unit--${state}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
