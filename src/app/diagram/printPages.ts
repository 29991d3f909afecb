/**
 * How a drawing is printed: on landscape A4 or A3, the lanes (with the phase headers
 * above them) and the legend under them on every page, cut into pages side by side when
 * wider than one; each page repeats the lane names on its left, so every page reads on
 * its own.
 *
 * As few pages as keep the step names readable, then as large as those pages allow:
 * filling the page's height whatever the width, A3 printed the same three pages as A4,
 * only larger (a trainer's run-through), where the larger paper should take more of the
 * blueprint. Pages are cut where the cut meets no step (a phase's edge, or a gap between
 * steps): cut at fixed widths, steps at the seams were printed in two halves.
 */

export type Paper = 'A4' | 'A3';

/** Landscape, in millimetres. */
export const PAPER_SIZE: Record<Paper, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

/** The printer's margin, and the band at the top of every page for title and page number. */
export const PAGE_MARGIN = 10;
export const PAGE_HEADER = 9;
/** Between the lanes and the legend, in millimetres. */
export const LEGEND_GAP = 4;

/**
 * Millimetres per drawing unit. At the smallest, a step's 13-unit name prints 2.1 mm
 * tall (6 pt, the least a printed label reads at); a blueprint is cut into more pages
 * rather than printed smaller. The legend prints at its own, larger scale, about 7.7 pt.
 */
export const SMALLEST_SCALE = 0.16;
export const LEGEND_SCALE = 0.21;
/** Each try to fit a page count shrinks the scale by this much. */
const SHRINK = 0.97;
/** A guard: no blueprint the format allows comes near it. */
const MOST_PAGES = 200;
/** Room left unused on a page, so that a browser's rounding never pushes the legend over. */
const SLACK = 2;

/** A picture made for the page: its SVG and its size in drawing units. */
export interface PrintPicture {
  svg: string;
  width: number;
  height: number;
}

export interface PrintPage {
  /** The stretch of the drawing on this page, right of the lane names, in drawing units. */
  x: number;
  width: number;
}

export interface PrintPlan {
  /** Millimetres per drawing unit. */
  scale: number;
  pages: PrintPage[];
}

export interface PrintedDrawing {
  /** The whole width, in drawing units. */
  width: number;
  /** The part printed on every page (phase headers and lanes), in drawing units. */
  height: number;
  /** Where the lane names end: what every page after the first repeats. */
  railRight: number;
  /** Where a page may end without cutting a step, in drawing units, ascending. */
  seams?: readonly number[];
}

/** The width of a page's printable body, in millimetres. */
export function pageBodyWidth(paper: Paper): number {
  return PAPER_SIZE[paper].width - 2 * PAGE_MARGIN;
}

/** How wide, in drawing units, the legend is laid out to fill a page's width. */
export function legendWidthUnits(paper: Paper): number {
  return Math.floor(pageBodyWidth(paper) / LEGEND_SCALE);
}

/**
 * The plan for a drawing with, under it on every page, a legend `legendHeight` mm tall
 * (printed at LEGEND_SCALE, laid out to the page's width: legendWidthUnits).
 */
export function planPrint(drawing: PrintedDrawing, paper: Paper, legendHeight = 0): PrintPlan {
  const size = PAPER_SIZE[paper];
  const bodyWidth = pageBodyWidth(paper);
  const legendRoom = legendHeight > 0 ? LEGEND_GAP + legendHeight : 0;
  const bodyHeight = size.height - 2 * PAGE_MARGIN - PAGE_HEADER - legendRoom - SLACK;
  const byHeight = bodyHeight / drawing.height;
  const onOne = Math.min(byHeight, bodyWidth / drawing.width);
  // Whole on one page when it reads there, or when its height is what limits it (pages
  // side by side would print it no larger).
  if (onOne >= SMALLEST_SCALE || onOne === byHeight) {
    return { scale: onOne, pages: [whole(drawing)] };
  }
  const rail = drawing.railRight;
  const cutAt = (scale: number) => cutPages(drawing, bodyWidth / scale - rail);
  // So tall that even its height prints it small: pages as tall as the paper.
  if (byHeight <= SMALLEST_SCALE) return { scale: byHeight, pages: cutAt(byHeight) };
  const content = drawing.width - rail;
  for (let count = 2; count <= MOST_PAGES; count += 1) {
    // The largest scale at which `count` pages, each with the lane names, hold it all.
    const widest = Math.min(byHeight, (count * bodyWidth) / (content + count * rail));
    // Cut at seams, pages hold a little less: shrink until they fit, or try one more.
    for (let scale = widest; scale >= SMALLEST_SCALE; scale *= SHRINK) {
      const pages = cutAt(scale);
      if (pages.length <= count) return { scale, pages };
    }
  }
  return { scale: SMALLEST_SCALE, pages: cutAt(SMALLEST_SCALE) };
}

function whole(drawing: PrintedDrawing): PrintPage {
  return { x: 0, width: drawing.width };
}

/**
 * Pages from the lane names' end to the drawing's end, each at most `perPage` wide, each
 * ending at the farthest seam it reaches (at its full width when it reaches none).
 */
function cutPages(drawing: PrintedDrawing, perPage: number): PrintPage[] {
  const seams = drawing.seams ?? [];
  const pages: PrintPage[] = [];
  let x = drawing.railRight;
  while (drawing.width - x > 1e-9) {
    const limit = x + perPage;
    let end = Math.min(limit, drawing.width);
    if (limit < drawing.width) {
      const seam = lastSeam(seams, x, limit);
      if (seam !== undefined) end = seam;
    }
    pages.push({ x, width: end - x });
    x = end;
  }
  return pages;
}

/** The farthest seam after `from` (by more than a unit) and no farther than `to`. */
function lastSeam(seams: readonly number[], from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const seam of seams) {
    if (seam > to) break;
    if (seam > from + 1) found = seam;
  }
  return found;
}
