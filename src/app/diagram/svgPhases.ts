/**
 * The phase headers of the vector drawing (blueprintSvg.ts): each phase's column shaded
 * every other time, its header band with its name, and the dashed dividers between them.
 *
 * Printed on pages side by side, a column may be split between two pages. Its name is
 * then drawn in each part, centred there (a name centred on the whole column was cut by
 * the page's edge: "Wait and be ser|ved" on the deposit's A4 pages), and a page may end
 * inside a column only where both parts hold the name whole (phaseSeamAllowed).
 */
import { textIn } from '../../model/index.ts';
import { el, groupEach } from './svgElements.ts';
import { INK, LINE_INK } from './svgColors.ts';
import { escapeXml, textWidth, wrapText } from './svgText.ts';
import type { PhaseColumn } from './types.ts';
import type { DiagramWords } from './words.ts';

export const PHASE_HEIGHT = 40;
const NAME_SIZE = 14;
/** Room left of and right of a name in its header. */
const NAME_PADDING = 8;

function phaseName(phase: PhaseColumn, words: DiagramWords): string {
  return textIn(phase.label, words.language) || phase.id;
}

/** The width a name needs in a header, its padding included. */
function nameRoom(name: string): number {
  return textWidth(name, NAME_SIZE, true) + 2 * NAME_PADDING;
}

/**
 * Whether a page may end at `x` (drawing units, the column offset by `dx`): outside every
 * column, on a column's edge, or inside one where each part holds its name whole.
 */
export function phaseSeamAllowed(
  x: number,
  phases: readonly PhaseColumn[],
  words: DiagramWords,
  dx: number,
): boolean {
  return phases.every((phase) => {
    const left = phase.left + dx;
    const right = phase.right + dx;
    if (x <= left || x >= right) return true;
    const room = nameRoom(phaseName(phase, words));
    return x - left >= room && right - x >= room;
  });
}

/** The parts of the column from `left` to `right` between the pages that start at `cuts`. */
function parts(left: number, right: number, cuts: readonly number[]): [number, number][] {
  const inside = cuts.filter((cut) => cut > left && cut < right).sort((a, b) => a - b);
  const edges = [left, ...inside, right];
  return edges.slice(1).map((end, index) => [edges[index]!, end]);
}

export function phasesSvg(
  phases: readonly PhaseColumn[],
  words: DiagramWords,
  {
    dx,
    railRight,
    top,
    bottom,
    cuts,
  }: {
    dx: number;
    /** Where the lane names end: the first phase starting there needs no divider of its own. */
    railRight: number;
    top: number;
    bottom: number;
    cuts: readonly number[];
  },
): string {
  const divider = (x: number) =>
    el('line', {
      x1: x,
      y1: top,
      x2: x,
      y2: bottom,
      stroke: LINE_INK,
      'stroke-opacity': 0.35,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 5',
    });
  const nameIn = (name: string, [from, to]: [number, number]) => {
    const [line] = wrapText(name, to - from - 2 * NAME_PADDING, NAME_SIZE, 1, true);
    return el(
      'text',
      {
        x: (from + to) / 2,
        y: top + 24,
        'text-anchor': 'middle',
        'font-size': NAME_SIZE,
        'font-weight': 700,
        fill: INK,
      },
      escapeXml(line ?? name),
    );
  };
  return groupEach(
    { name: 'phases', each: 'phase', idAttribute: 'data-phase-id' },
    phases,
    (phase, index) => {
      const x = phase.left + dx;
      const width = phase.right - phase.left;
      const name = phaseName(phase, words);
      const shaded = index % 2 === 1;
      return [
        shaded
          ? el('rect', {
              x,
              y: top,
              width,
              height: bottom - top,
              fill: '#0f172a',
              'fill-opacity': 0.035,
            })
          : '',
        el('rect', { x, y: top, width, height: PHASE_HEIGHT - 4, fill: '#f6f7f9' }),
        el('rect', { x, y: top + PHASE_HEIGHT - 7, width, height: 3, fill: LINE_INK }),
        ...parts(x, x + width, cuts).map((part) => nameIn(name, part)),
        // The first phase's edge is the lane names' own border.
        index === 0 && x <= railRight + 0.5 ? '' : divider(x),
        index === phases.length - 1 ? divider(x + width) : '',
      ];
    },
  );
}
