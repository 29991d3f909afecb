/**
 * The legend under the blueprint: the four kinds of step, the four kinds of flow, the
 * F and W marks, the three lines, and the heat key when a run is shown. Laid out left to
 * right, wrapping onto a new row at the drawing's width.
 */
import { el, svgDocument } from './svgElements.ts';
import { FAIL, INK, LINE_DASHES, LINE_INK, MUTED, STEP_COLORS, WAIT } from './svgColors.ts';
import { strokeOf } from './svgFlows.ts';
import { HEAT_STOPS } from './svgSteps.ts';
import { escapeXml, textWidth } from './svgText.ts';
import type { DiagramHeat, DiagramWords } from './words.ts';

const SIZE = 12;
const SWATCH = 34;
const ROW = 28;
const GAP = 22;

interface Item {
  swatch: string;
  label: string;
}

function kindSwatch(kind: keyof typeof STEP_COLORS): string {
  const { fill, stroke } = STEP_COLORS[kind];
  switch (kind) {
    case 'decision':
      return el('polygon', {
        points: '5,-8 29,-8 34,0 29,8 5,8 0,0',
        fill,
        stroke,
        'stroke-width': 1.5,
      });
    case 'evidence':
      return el('path', { d: 'M0 -8 H26 L34 0 V8 H0 Z', fill, stroke, 'stroke-width': 1.5 });
    case 'note':
      return el('rect', {
        y: -8,
        width: SWATCH,
        height: 16,
        fill,
        stroke,
        'stroke-dasharray': '4 3',
      });
    case 'action':
      return el('rect', {
        y: -8,
        width: SWATCH,
        height: 16,
        rx: 3,
        fill,
        stroke,
        'stroke-width': 1.5,
      });
  }
}

function markSwatch(letter: string, fill: string, ink: string): string {
  return [
    el('circle', { cx: 11, cy: 0, r: 10, fill }),
    el(
      'text',
      { x: 11, y: 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: ink },
      escapeXml(letter),
    ),
  ].join('');
}

function items(words: DiagramWords): Item[] {
  const kinds = (['action', 'decision', 'evidence', 'note'] as const).map((kind) => ({
    swatch: kindSwatch(kind),
    label: words.kinds[kind],
  }));
  const flows = (
    [
      ['process', words.legend.processFlow],
      ['background', words.legend.backgroundFlow],
      ['drawing', words.legend.drawingFlow],
      ['failing', words.legend.failingFlow],
    ] as const
  ).map(([look, label]) => ({
    swatch: el('path', { d: `M0 0 H${SWATCH - 2}`, ...strokeOf(look) }),
    label,
  }));
  const marks = [
    { swatch: markSwatch(words.failMark, FAIL, '#ffffff'), label: words.failPoint },
    { swatch: markSwatch(words.waitMark, WAIT, INK), label: words.waitPoint },
  ];
  const lines = (Object.keys(LINE_DASHES) as (keyof typeof LINE_DASHES)[]).map((line) => ({
    swatch: el('path', {
      d: `M0 0 H${SWATCH}`,
      stroke: LINE_INK,
      'stroke-width': 2,
      'stroke-dasharray': LINE_DASHES[line],
    }),
    label: words.lines[line],
  }));
  return [...kinds, ...flows, ...marks, ...lines];
}

function heatItems(heat: DiagramHeat): Item[] {
  return HEAT_STOPS.map((stop) => ({
    swatch: el('rect', {
      y: -8,
      width: SWATCH,
      height: 16,
      rx: 3,
      fill: stop.color,
      stroke: '#b45309',
    }),
    label: `≥ ${heat.formatWait(stop.minutes)}`,
  }));
}

/** The legend's SVG at (x, y), at most `width` wide, and the height it takes. */
export function legendSvg(
  words: DiagramWords,
  heat: DiagramHeat | undefined,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [
    el(
      'text',
      { x, y: y + 14, 'font-size': 13, 'font-weight': 700, fill: INK },
      escapeXml(words.legend.heading),
    ),
  ];
  let row = y + 38;
  const place = (list: Item[]) => {
    let left = x;
    for (const item of list) {
      const itemWidth = SWATCH + 8 + textWidth(item.label, SIZE) + GAP;
      if (left > x && left + itemWidth > x + width) {
        left = x;
        row += ROW;
      }
      parts.push(
        el('g', { class: 'legend-item', transform: `translate(${left} ${row})` }, [
          item.swatch,
          el(
            'text',
            { x: SWATCH + 8, y: 4, 'font-size': SIZE, fill: MUTED },
            escapeXml(item.label),
          ),
        ]),
      );
      left += itemWidth;
    }
  };
  place(items(words));
  if (heat) {
    row += ROW + 6;
    parts.push(
      el(
        'text',
        { x, y: row + 4, 'font-size': SIZE, 'font-weight': 700, fill: INK },
        escapeXml(heat.title),
      ),
    );
    row += ROW;
    place(heatItems(heat));
  }
  return { svg: el('g', { class: 'legend' }, parts), height: row - y + 14 };
}

/** The legend alone, as a picture `width` units wide: what each printed page shows. */
export function legendPicture(
  words: DiagramWords,
  heat: DiagramHeat | undefined,
  width: number,
): { svg: string; width: number; height: number } {
  const legend = legendSvg(words, heat, 0, 0, width);
  const height = Math.ceil(legend.height);
  return { svg: svgDocument(words.language, width, height, legend.svg), width, height };
}
