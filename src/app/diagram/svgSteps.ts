/**
 * Step boxes as SVG: the kind decides the shape (action a card with its lane's colour on
 * the left, decision a hexagon, evidence a paper with a folded corner, note a dashed
 * sticky note), with the label, the mean duration and pool, an exit's outcome and the
 * designer's F and W marks. Every word is a <text>, selectable in a vector editor.
 */
import { textIn } from '../../model/index.ts';
import { meanMinutes } from './duration.ts';
import { el, textLines } from './svgElements.ts';
import { FAIL, INK, LANE_COLORS, MUTED, OUTCOME_COLORS, STEP_COLORS, WAIT } from './svgColors.ts';
import { escapeXml, textWidth, wrapText } from './svgText.ts';
import type { DiagramStep } from './types.ts';
import type { DiagramHeat, DiagramWords } from './words.ts';

const LABEL_SIZE = 13;
const FACTS_SIZE = 11;
/** Lines of facts stand this far apart; one line sits FACTS_BOTTOM over the box's foot. */
const FACTS_LINE_HEIGHT = 12.5;
const FACTS_BOTTOM = 10;
/** Over one line, the last sits lower, leaving more room to the label above. */
const FACTS_BOTTOM_LINES = 6;
const ACCENT = 6;
const PADDING = 10;

function shape(placed: DiagramStep, fill: string): string {
  const { width: w, height: h } = placed.rect;
  const { kind, lane } = placed.step;
  const { stroke } = STEP_COLORS[kind];
  switch (kind) {
    case 'decision':
      return el('polygon', {
        points: `14,0 ${w - 14},0 ${w},${h / 2} ${w - 14},${h} 14,${h} 0,${h / 2}`,
        fill,
        stroke,
        'stroke-width': 2,
      });
    case 'evidence':
      return [
        el('path', {
          d: `M0 0 H${w - 18} L${w} 18 V${h} H0 Z`,
          fill,
          stroke,
          'stroke-width': 1.5,
        }),
        el('path', { d: `M${w - 18} 0 V18 H${w}`, fill: '#e9dcb8', stroke, 'stroke-width': 1.5 }),
      ].join('');
    case 'note':
      return el('rect', {
        width: w,
        height: h,
        rx: 2,
        fill,
        stroke,
        'stroke-width': 1.5,
        'stroke-dasharray': '5 4',
      });
    case 'action':
      return [
        el('rect', { width: w, height: h, rx: 8, fill, stroke, 'stroke-width': 1.5 }),
        el('path', {
          d: `M8 0 H${ACCENT} V${h} H8 A8 8 0 0 1 0 ${h - 8} V8 A8 8 0 0 1 8 0 Z`,
          fill: LANE_COLORS[lane].accent,
        }),
      ].join('');
  }
}

/** The step's mean duration and pool, the parts of its facts line(s). */
function factParts(placed: DiagramStep, words: DiagramWords): string[] {
  const parts: string[] = [];
  if (placed.step.duration) parts.push(words.meanDuration(meanMinutes(placed.step.duration)));
  if (placed.poolLabel !== undefined) parts.push(textIn(placed.poolLabel, words.language));
  return parts;
}

/**
 * The facts on one line when they fit, else on up to `maxLines`: the duration over the
 * pool (broken at the "·", not inside a name), a long pool name wrapped below it. An
 * exported deliverable does not cut them: "avg 2 min · Core banking…" lost the system's name.
 */
export function factLines(parts: readonly string[], width: number, maxLines: number): string[] {
  const joined = parts.join(' · ');
  if (maxLines <= 1 || textWidth(joined, FACTS_SIZE) <= width) {
    return wrapText(joined, width, FACTS_SIZE, 1);
  }
  const [first, ...rest] = parts;
  if (rest.length > 0 && textWidth(first!, FACTS_SIZE) <= width) {
    return [first!, ...wrapText(rest.join(' · '), width, FACTS_SIZE, maxLines - 1)];
  }
  return wrapText(joined, width, FACTS_SIZE, maxLines);
}

/**
 * How many facts lines fit under a label of `labelLines` whose first baseline is at
 * `labelTop`, in a box `height` tall: the label's last line's descenders stay over the
 * first facts line's letters.
 */
function factsRoom(height: number, labelTop: number, labelLines: number): number {
  const labelFoot = labelTop + (labelLines - 1) * LABEL_SIZE * 1.3 + LABEL_SIZE * 0.25;
  const factsTop = height - FACTS_BOTTOM_LINES - FACTS_SIZE * 0.8;
  return 1 + Math.max(0, Math.floor((factsTop - labelFoot) / FACTS_LINE_HEIGHT));
}

/** A coloured pill with white text, its left edge at x and its middle at y. */
export function pill(text: string, x: number, y: number, fill: string, size = 11): string {
  const width = textWidth(text, size, true) + 14;
  return el('g', { class: 'pill' }, [
    el('rect', { x, y: y - 9, width, height: 18, rx: 9, fill }),
    el(
      'text',
      { x: x + 7, y: y + size * 0.36, 'font-size': size, 'font-weight': 700, fill: '#ffffff' },
      escapeXml(text),
    ),
  ]);
}

function marks(placed: DiagramStep, words: DiagramWords): string {
  const { step, rect } = placed;
  const list = [
    step.failPoint && {
      letter: words.failMark,
      name: words.failPoint,
      note: step.failPoint.note,
      fill: FAIL,
      ink: '#ffffff',
    },
    step.waitPoint && {
      letter: words.waitMark,
      name: words.waitPoint,
      note: step.waitPoint.note,
      fill: WAIT,
      ink: INK,
    },
  ].filter((mark) => mark !== undefined);
  return list
    .map((mark, index) => {
      const cx = rect.width - 12 - (list.length - 1 - index) * 26;
      const note = textIn(mark.note, words.language);
      return el('g', { class: 'mark' }, [
        el('title', {}, escapeXml(note ? `${mark.name}: ${note}` : mark.name)),
        el('circle', { cx, cy: 0, r: 11, fill: mark.fill, stroke: '#ffffff', 'stroke-width': 2 }),
        el(
          'text',
          {
            x: cx,
            y: 4.5,
            'text-anchor': 'middle',
            'font-size': 12,
            'font-weight': 700,
            fill: mark.ink,
          },
          escapeXml(mark.letter),
        ),
      ]);
    })
    .join('');
}

/** The step's fill: its kind's, or the heat of its measured wait when a run is shown. */
function fillOf(placed: DiagramStep, heat: DiagramHeat | undefined): string {
  const wait = heat?.waitByStep.get(placed.step.id);
  return wait === undefined ? STEP_COLORS[placed.step.kind].fill : heatColor(wait);
}

/** Waits on a scale from pale yellow (none) to deep orange (15 minutes or more). */
export const HEAT_STOPS: readonly { minutes: number; color: string }[] = [
  { minutes: 0, color: '#fffbe6' },
  { minutes: 2, color: '#ffe7a3' },
  { minutes: 5, color: '#ffc46b' },
  { minutes: 10, color: '#ff9a4d' },
  { minutes: 15, color: '#f26b3a' },
];

export function heatColor(minutes: number): string {
  let color = HEAT_STOPS[0]!.color;
  for (const stop of HEAT_STOPS) if (minutes >= stop.minutes) color = stop.color;
  return color;
}

export function stepSvg(
  placed: DiagramStep,
  words: DiagramWords,
  offset: { x: number; y: number },
  heat?: DiagramHeat,
): string {
  const { step, rect } = placed;
  const inset = step.kind === 'decision' ? 18 : step.kind === 'action' ? ACCENT + PADDING : PADDING;
  const labelWidth = rect.width - inset - (step.kind === 'decision' ? 18 : PADDING) - 4;
  const label = textIn(step.label, words.language) || step.id;
  const partsOfFacts = factParts(placed, words);
  const maxLines = partsOfFacts.length > 0 ? 3 : 4;
  const lines = wrapText(label, labelWidth, LABEL_SIZE, maxLines, true);
  const lineHeight = LABEL_SIZE * 1.3;
  // A pill or an F/W mark straddles the top edge (down to y 11): the first line starts
  // below it rather than touching it, as it did in the loan example's "Completed" steps.
  const badged = placed.outcome !== undefined || !!step.failPoint || !!step.waitPoint;
  const firstBaseline = badged ? 27 : 20;
  const facts =
    partsOfFacts.length > 0
      ? factLines(
          partsOfFacts,
          labelWidth,
          factsRoom(rect.height, Math.max(22, firstBaseline), lines.length),
        )
      : [];
  const factText = facts.join(' ');
  const top = factText
    ? Math.max(22, firstBaseline)
    : (rect.height - lines.length * lineHeight) / 2 + LABEL_SIZE;
  const parts = [
    el('title', {}, escapeXml(`${words.kinds[step.kind]}: ${label}`)),
    shape(placed, fillOf(placed, heat)),
    textLines(
      lines,
      {
        x: inset,
        y: Math.max(top, firstBaseline),
        'font-size': LABEL_SIZE,
        'font-weight': step.kind === 'evidence' || step.kind === 'note' ? 500 : 700,
        fill: INK,
      },
      lineHeight,
    ),
  ];
  if (factText) {
    const bottom = facts.length > 1 ? FACTS_BOTTOM_LINES : FACTS_BOTTOM;
    parts.push(
      textLines(
        facts,
        {
          class: 'step-facts',
          x: inset,
          y: rect.height - bottom - (facts.length - 1) * FACTS_LINE_HEIGHT,
          'font-size': FACTS_SIZE,
          fill: MUTED,
        },
        FACTS_LINE_HEIGHT,
      ),
    );
  }
  if (placed.outcome) {
    parts.push(pill(words.outcomes[placed.outcome], 8, 0, OUTCOME_COLORS[placed.outcome], 10.5));
  }
  parts.push(marks(placed, words));
  const wait = heat?.waitByStep.get(step.id);
  if (heat && wait !== undefined) {
    parts.push(pill(heat.formatWait(wait), 8, rect.height + 7, '#9a3412', 10.5));
  }
  return el(
    'g',
    {
      class: `step step--${step.kind}`,
      'data-step-id': step.id,
      transform: `translate(${rect.x + offset.x} ${rect.y + offset.y})`,
    },
    parts,
  );
}
