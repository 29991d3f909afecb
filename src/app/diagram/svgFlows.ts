/**
 * Flows as SVG paths with arrow heads of their line's colour, routed around the steps
 * (route.ts) as on the canvas, and their captions (the flow's label and the chance of the
 * branch) on a white pill at the middle of a stretch of the line, drawn above the steps
 * so that none hides under a box.
 */
import { textIn } from '../../model/index.ts';
import { captionKeepOut, captionPoint, roundedPath } from './flowPath.ts';
import { flowRoutes } from './flowRoutes.ts';
import { el } from './svgElements.ts';
import { FAIL, FLOW_COLORS, FLOW_DASHES } from './svgColors.ts';
import { escapeXml, textWidth } from './svgText.ts';
import type { Diagram, DiagramFlow, Rect } from './types.ts';
import type { DiagramWords } from './words.ts';

type Look = keyof typeof FLOW_COLORS;

const lookOf = (flow: DiagramFlow): Look => (flow.failing ? 'failing' : flow.role);

/** One arrow head per look, referenced by the paths. */
export function arrowMarkers(): string {
  return (Object.keys(FLOW_COLORS) as Look[])
    .map((look) =>
      el(
        'marker',
        {
          id: `arrow-${look}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 11,
          markerHeight: 11,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto',
        },
        el('path', { d: 'M0 0 L10 5 L0 10 Z', fill: FLOW_COLORS[look] }),
      ),
    )
    .join('');
}

export function strokeOf(look: Look): Record<string, string | number | undefined> {
  return {
    stroke: FLOW_COLORS[look],
    'stroke-width': look === 'drawing' ? 1.5 : 2,
    'stroke-dasharray': FLOW_DASHES[look],
    fill: 'none',
    'marker-end': `url(#arrow-${look})`,
  };
}

interface Routed {
  flow: DiagramFlow;
  points: { x: number; y: number }[];
}

/** Each flow's line (around the steps, or plain), moved by `offset` onto the picture. */
export function routeFlows(
  diagram: Pick<Diagram, 'steps' | 'flows'>,
  offset: { x: number; y: number },
  aroundSteps: boolean,
): Routed[] {
  return flowRoutes(diagram, aroundSteps).map((points, index) => ({
    flow: diagram.flows[index]!,
    points: points.map((point) => ({ x: point.x + offset.x, y: point.y + offset.y })),
  }));
}

export function flowLinesSvg(routed: readonly Routed[]): string {
  return routed
    .map(({ flow, points }) =>
      el('path', {
        class: `flow flow--${lookOf(flow)}`,
        'data-flow-id': flow.flow.id,
        d: roundedPath(points),
        ...strokeOf(lookOf(flow)),
      }),
    )
    .join('');
}

/**
 * The caption's words: the label, then the queue rule ("queue ≥ 6") or the chance
 * (overall, or the range over classes).
 */
export function captionOf(flow: DiagramFlow, words: DiagramWords): string {
  const percent = new Intl.NumberFormat(words.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const parts: string[] = [];
  if (flow.flow.label !== undefined) parts.push(textIn(flow.flow.label, words.language));
  if (flow.flow.when) parts.push(words.queueAtLeast(flow.flow.when.atLeast));
  if (flow.flow.probability !== undefined) parts.push(percent.format(flow.flow.probability));
  else if (flow.classChances.length > 0) {
    const values = flow.classChances.map((chance) => chance.probability);
    const low = Math.min(...values);
    const high = Math.max(...values);
    parts.push(low === high ? percent.format(low) : percent.formatRange(low, high));
  }
  return parts.filter((part) => part !== '').join(' · ');
}

const CAPTION_SIZE = 11;

export function flowCaptionsSvg(
  routed: readonly Routed[],
  words: DiagramWords,
  boxes: readonly Rect[],
): string {
  const keepOut = boxes.map(captionKeepOut);
  return routed
    .map(({ flow, points }) => {
      const caption = captionOf(flow, words);
      if (caption === '' && !flow.failing) return '';
      const mark = flow.failing ? `${words.failMark} ` : '';
      const width = textWidth(mark + caption, CAPTION_SIZE, true) + 12;
      const middle = captionPoint(points, { width, height: 20 }, keepOut);
      const look = lookOf(flow);
      return el('g', { class: 'flow-caption', 'data-flow-id': flow.flow.id }, [
        el('rect', {
          x: middle.x - width / 2,
          y: middle.y - 10,
          width,
          height: 20,
          rx: 10,
          fill: '#ffffff',
          stroke: FLOW_COLORS[look],
          'stroke-width': 1,
        }),
        el(
          'text',
          {
            x: middle.x,
            y: middle.y + 4,
            'text-anchor': 'middle',
            'font-size': CAPTION_SIZE,
            'font-weight': 600,
            fill: look === 'failing' ? FAIL : '#1f2937',
          },
          escapeXml(mark + caption),
        ),
      ]);
    })
    .join('');
}
