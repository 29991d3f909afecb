/**
 * The lane names in a column left of the canvas, each level with its band, and the
 * names of the lines between them. They follow vertical pans and zooms but keep their
 * screen size, and each name stays centred in the visible part of its band, so the
 * lanes can be read at any zoom.
 */
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import type { LaneBand, LineMark } from '../diagram/types.ts';
import { laneNameType } from './laneNameType.ts';
import { LineLabels } from './LineLabels.tsx';
import { useViewportTransform, visibleSpan } from './useViewportTransform.ts';

/** A lane showing less than this (screen px) leaves its name out. */
const ROOM_FOR_ONE_LINE = 16;

export function LaneRail({ lanes, lines }: { lanes: LaneBand[]; lines: LineMark[] }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { y, zoom, height } = useViewportTransform();
  const laneName = (lane: LaneBand) =>
    lane.label === undefined ? t(`lanes.${lane.id}`) : text(lane.label);
  const type = laneNameType(
    Math.min(...lanes.map((lane) => lane.height * zoom)),
    lanes.map(laneName),
  );

  return (
    <div className="lane-rail" role="list" aria-label={t('canvas.lanes')}>
      {lanes.map((lane) => {
        const top = y + lane.top * zoom;
        const visible = visibleSpan(top, top + lane.height * zoom, height);
        if (!visible) return null;
        const room = visible.end - visible.start;
        return (
          <div
            key={lane.id}
            role="listitem"
            className={`lane-rail__lane lane--${lane.id}${type.className}`}
            data-lane={lane.id}
            style={{ top: visible.start, height: visible.end - visible.start }}
          >
            {room >= ROOM_FOR_ONE_LINE && <span className="lane-rail__name">{laneName(lane)}</span>}
          </div>
        );
      })}
      {lines.map((line) => (
        <div
          key={line.id}
          className={`lane-rail__line line--${line.id}`}
          aria-hidden="true"
          style={{ top: y + line.y * zoom }}
        />
      ))}
      <LineLabels {...{ lanes, lines, y, zoom, height, laneName, type }} />
    </div>
  );
}
