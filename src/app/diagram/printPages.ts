/**
 * How a drawing is printed: on landscape A4 or A3, scaled so that all the lanes fit the
 * page's height, and cut into pages side by side when it is wider than one; each page
 * repeats the lane names on its left, so every page reads on its own.
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

export function planPrint(
  drawing: { width: number; height: number; railRight: number },
  paper: Paper,
): PrintPlan {
  const size = PAPER_SIZE[paper];
  const bodyWidth = size.width - 2 * PAGE_MARGIN;
  const bodyHeight = size.height - 2 * PAGE_MARGIN - PAGE_HEADER;
  const fitsOnOne = Math.min(bodyWidth / drawing.width, bodyHeight / drawing.height);
  const byHeight = bodyHeight / drawing.height;
  if (fitsOnOne === byHeight || drawing.width * byHeight <= bodyWidth) {
    return { scale: fitsOnOne, pages: [{ x: 0, width: drawing.width }] };
  }
  const scale = byHeight;
  const perPage = bodyWidth / scale - drawing.railRight;
  const rest = drawing.width - drawing.railRight;
  const count = Math.ceil(rest / perPage - 1e-9);
  const pages = Array.from({ length: count }, (_, index) => ({
    x: drawing.railRight + index * perPage,
    width: Math.min(perPage, rest - index * perPage),
  }));
  return { scale, pages };
}
