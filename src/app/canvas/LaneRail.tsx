/**
 * The lane names in a column left of the canvas, each level with its band, and the
 * names of the lines between them. They follow vertical pans and zooms but keep their
 * screen size, and each name stays centred in the visible part of its band, clear of the
 * lines' names on its edges (railRoom.ts), so the lanes can be read at any zoom.
 */
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import type { LaneBand, LineMark } from '../diagram/types.ts';
import { LineLabels } from './LineLabels.tsx';
import { edgeRoom, laneNeeds, railType, type RailLane } from './railRoom.ts';
import { useViewportTransform, visibleSpan } from './useViewportTransform.ts';

/** A lane showing less than this (screen px) leaves its name out. */
const ROOM_FOR_ONE_LINE = 16;

export function LaneRail({ lanes, lines }: { lanes: LaneBand[]; lines: LineMark[] }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { y, zoom, height } = useViewportTransform();
  const lineName = (line: LineMark | undefined) => line && t(`lines.${line.id}`);
  const edges = lanes.map((lane) => ({
    above: lines.find((line) => line.y === lane.top),
    below: lines.find((line) => line.y === lane.top + lane.height),
  }));
  const railLanes: RailLane[] = lanes.map((lane, index) => ({
    name: lane.label === undefined ? t(`lanes.${lane.id}`) : text(lane.label),
    above: lineName(edges[index]!.above),
    below: lineName(edges[index]!.below),
    height: lane.height * zoom,
  }));
  const type = railType(railLanes);
  const spans = lanes.map((lane) => {
    const top = y + lane.top * zoom;
    return visibleSpan(top, top + lane.height * zoom, height);
  });
  // A line is named when the lanes on both its sides show their names and their lines' names.
  const holds = (index: number) => {
    const span = spans[index];
    return span !== undefined && span.end - span.start >= laneNeeds(railLanes[index]!, type);
  };
  const named = lines.filter((line) => {
    const below = lanes.findIndex((lane) => lane.top === line.y);
    return below > 0 && holds(below - 1) && holds(below);
  });
  const isNamed = (line: LineMark | undefined) => line !== undefined && named.includes(line);

  return (
    <div className="lane-rail" role="list" aria-label={t('canvas.lanes')}>
      {lanes.map((lane, index) => {
        const visible = spans[index];
        if (!visible) return null;
        const room = visible.end - visible.start;
        const { above, below } = edges[index]!;
        return (
          <div
            key={lane.id}
            role="listitem"
            className={`lane-rail__lane lane--${lane.id}${type.className}`}
            data-lane={lane.id}
            style={{
              top: visible.start,
              height: room,
              paddingTop: isNamed(above) ? edgeRoom(railLanes[index]!.above) : 0,
              paddingBottom: isNamed(below) ? edgeRoom(railLanes[index]!.below) : 0,
            }}
          >
            {room >= ROOM_FOR_ONE_LINE && (
              <span className="lane-rail__name">{railLanes[index]!.name}</span>
            )}
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
      <LineLabels lines={named} y={y} zoom={zoom} />
    </div>
  );
}
