/**
 * The whole blueprint as a vector drawing, from the model alone: title, lanes with their
 * names, the three lines, phase headers, steps, flows with arrows and captions, F and W
 * marks and a legend (and the last run's waits as heat, when given). Real SVG elements,
 * every word a <text>: it opens in a vector editor with selectable text, and weighs
 * kilobytes. The geometry is the canvas's own (layoutDiagram).
 */
import { textIn, type Blueprint } from '../../model/index.ts';
import { CONTENT_MARGIN } from './geometry.ts';
import { layoutDiagram } from './layout.ts';
import { el, groupEach, svgDocument, textLines } from './svgElements.ts';
import { INK, LANE_COLORS, LINE_DASHES, LINE_INK, MUTED } from './svgColors.ts';
import { arrowMarkers, flowCaptionsSvg, flowLinesSvg, routeFlows } from './svgFlows.ts';
import { legendSvg } from './svgLegend.ts';
import { PHASE_HEIGHT, phaseSeamAllowed, phasesSvg } from './svgPhases.ts';
import { pill, stepSvg } from './svgSteps.ts';
import { escapeXml, wrapText } from './svgText.ts';
import type { Point } from './flowPath.ts';
import type { Diagram, DiagramStep, Rect } from './types.ts';
import type { DiagramHeat, DiagramWords } from './words.ts';

const MARGIN = 32;
const TITLE_HEIGHT = 76;
/** The column of lane names on the left. */
export const RAIL_WIDTH = 210;
const LEGEND_GAP = 28;
const MIN_WIDTH = 900;

export interface BlueprintSvg {
  svg: string;
  width: number;
  height: number;
  /** From the left edge to the end of the lane names: what a printed page repeats. */
  railRight: number;
  /** From the top to the bottom of the lanes. */
  lanesBottom: number;
  /** Where the phase headers (or, without phases, the lanes) start: below the title. */
  bodyTop: number;
  /** Where a vertical cut meets no step: phase edges and gaps between steps, ascending. */
  seams: number[];
}

/** What a picture shows besides the blueprint itself. */
export interface DrawingOptions {
  /** The last run's waits, as heat on the steps with its key. */
  heat?: DiagramHeat | undefined;
  /** Flows drawn the plain way, through any step in between, as the canvas can show them. */
  straightFlows?: boolean;
  /** Without the legend under the lanes: a printed page draws its own (svgLegend.ts). */
  legend?: boolean;
  /**
   * Where printed pages start, in drawing units (printPages.ts): a phase split by one
   * shows its name in each part (svgPhases.ts).
   */
  pageStarts?: readonly number[];
}

export function blueprintSvg(
  blueprint: Blueprint,
  words: DiagramWords,
  { heat, straightFlows = false, legend: withLegend = true, pageStarts = [] }: DrawingOptions = {},
): BlueprintSvg {
  const diagram = layoutDiagram(blueprint);
  const { bounds } = diagram;
  const left = MARGIN + RAIL_WIDTH;
  const phaseTop = MARGIN + TITLE_HEIGHT;
  const lanesTop = phaseTop + (diagram.phases.length > 0 ? PHASE_HEIGHT : 0);
  // The canvas keeps x = 0 in view; a picture starts where the content does: at the first
  // phase's edge, against the lane names (a margin there read as an empty, unnamed
  // column), or a margin before the first step outside every phase.
  const stepsLeft = Math.min(bounds.x + bounds.width, ...diagram.steps.map(({ rect }) => rect.x));
  const firstPhase = diagram.phases[0];
  const contentLeft =
    firstPhase && firstPhase.left <= stepsLeft ? firstPhase.left : stepsLeft - CONTENT_MARGIN;
  const contentWidth = bounds.x + bounds.width - contentLeft;
  const offset = { x: left - contentLeft, y: lanesTop };
  const width = Math.max(MIN_WIDTH, left + contentWidth + MARGIN);
  const lanesBottom = lanesTop + bounds.height;
  const across: Across = { x: MARGIN, right: width - MARGIN, top: offset.y };
  const legend = withLegend
    ? legendSvg(words, heat, MARGIN, lanesBottom + LEGEND_GAP, width - 2 * MARGIN)
    : { svg: '', height: -LEGEND_GAP };
  const height = lanesBottom + LEGEND_GAP + legend.height + MARGIN;

  const title = textIn(blueprint.name, words.language) || blueprint.id;
  const routed = routeFlows(diagram, offset, !straightFlows);
  const body = [
    el('title', {}, escapeXml(title)),
    el('desc', {}, escapeXml(textIn(blueprint.description, words.language) || words.subtitle)),
    el('defs', {}, arrowMarkers()),
    el('rect', { width, height, fill: '#ffffff' }),
    titleSvg(title, words.subtitle),
    lanesSvg(diagram, words, across),
    phasesSvg(diagram.phases, words, {
      dx: offset.x,
      railRight: left,
      top: phaseTop,
      bottom: lanesBottom,
      cuts: pageStarts,
    }),
    linesSvg(diagram, words, across),
    el('g', { class: 'flows' }, flowLinesSvg(routed)),
    el(
      'g',
      { class: 'steps' },
      diagram.steps.map((step) => stepSvg(step, words, offset, heat)),
    ),
    el(
      'g',
      { class: 'flow-captions' },
      flowCaptionsSvg(
        routed,
        words,
        diagram.steps.map((placed) => captionKeepOutOf(placed, offset)),
      ),
    ),
    legend.svg,
  ];
  return {
    svg: svgDocument(words.language, width, height, body),
    width,
    height,
    railRight: left,
    lanesBottom,
    bodyTop: phaseTop,
    seams: seamsOf(diagram, words, offset.x, left, width),
  };
}

/**
 * Half the height of what hangs over a step's top edge: its F and W marks and an exit's
 * outcome badge, centred on the edge (a caption touched "已办结" in an export).
 */
const MARKS_ABOVE = 11;

/** Where a flow's caption must not go for this step: its box, and its marks above it. */
function captionKeepOutOf({ rect, step, outcome }: DiagramStep, offset: Point): Rect {
  const above = step.failPoint || step.waitPoint || outcome ? MARKS_ABOVE : 0;
  return {
    x: rect.x + offset.x,
    y: rect.y + offset.y - above,
    width: rect.width,
    height: rect.height + above,
  };
}

/** A cut this far from a step still leaves its border and shadow whole. */
const SEAM_CLEARANCE = 6;

/**
 * Where a page can end without cutting a step in two: each phase's edge that no step
 * crosses, and the middle of every gap between steps, from the lane names to the end,
 * where a phase it splits keeps room for its name on both sides (svgPhases.ts).
 */
function seamsOf(
  diagram: Diagram,
  words: DiagramWords,
  dx: number,
  from: number,
  to: number,
): number[] {
  const spans = diagram.steps
    .map(({ rect }) => [rect.x + dx - SEAM_CLEARANCE, rect.x + rect.width + dx + SEAM_CLEARANCE])
    .sort((a, b) => a[0]! - b[0]!);
  const blocked: [number, number][] = [];
  for (const [start, end] of spans as [number, number][]) {
    const last = blocked.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocked.push([start, end]);
  }
  const free = (x: number) =>
    x > from &&
    x < to &&
    blocked.every(([a, b]) => x <= a || x >= b) &&
    phaseSeamAllowed(x, diagram.phases, words, dx);
  const gaps = blocked.slice(1).map(([start], index) => (blocked[index]![1] + start) / 2);
  const edges = diagram.phases.flatMap((phase) => [phase.left + dx, phase.right + dx]);
  return [...new Set([...gaps, ...edges].filter(free))].sort((a, b) => a - b);
}

function titleSvg(title: string, subtitle: string): string {
  return el('g', { class: 'title' }, [
    el(
      'text',
      { x: MARGIN, y: MARGIN + 26, 'font-size': 26, 'font-weight': 700, fill: INK },
      escapeXml(title),
    ),
    el('text', { x: MARGIN, y: MARGIN + 52, 'font-size': 14, fill: MUTED }, escapeXml(subtitle)),
  ]);
}

/** Where the lanes are drawn: from x (the rail's left edge) to right, lane offsets counted from top. */
interface Across {
  x: number;
  right: number;
  top: number;
}

function lanesSvg(diagram: Diagram, words: DiagramWords, { x, right, top }: Across): string {
  return groupEach(
    { name: 'lanes', each: 'lane', idAttribute: 'data-lane' },
    diagram.lanes,
    (lane) => {
      const colors = LANE_COLORS[lane.id];
      const name =
        lane.label === undefined ? words.lanes[lane.id] : textIn(lane.label, words.language);
      const lines = wrapText(name, RAIL_WIDTH - 34, 15, 3, true);
      const y = top + lane.top;
      const middle = y + lane.height / 2 - ((lines.length - 1) * 19) / 2 + 5;
      return [
        el('rect', { x, y, width: right - x, height: lane.height, fill: colors.band }),
        el('rect', { x, y, width: 6, height: lane.height, fill: colors.accent }),
        el('line', {
          x1: x + RAIL_WIDTH,
          y1: y,
          x2: x + RAIL_WIDTH,
          y2: y + lane.height,
          stroke: '#d0d5dd',
        }),
        textLines(
          lines,
          { x: x + 18, y: middle, 'font-size': 15, 'font-weight': 700, fill: INK },
          19,
        ),
      ];
    },
  );
}

function linesSvg(diagram: Diagram, words: DiagramWords, { x, right, top }: Across): string {
  return groupEach(
    { name: 'lines', each: 'line', idAttribute: 'data-line' },
    diagram.lines,
    (line) => {
      const y = top + line.y;
      return [
        el('line', {
          x1: x,
          y1: y,
          x2: right,
          y2: y,
          stroke: LINE_INK,
          'stroke-width': 2,
          'stroke-dasharray': LINE_DASHES[line.id],
        }),
        pill(words.lines[line.id], x + 10, y, LINE_INK, 11),
      ];
    },
  );
}
