/**
 * Print or save as PDF: the drawing laid out on landscape A4 or A3 pages (planPrint, in
 * drawForPrint), each page with the title and "Page n of N" at the top, the lane names on its left, its
 * stretch of the phases and lanes, and the whole legend under them: the title band of
 * the picture is left to the page's header, and the legend, laid out to the page's
 * width, is never cut (sliced with the drawing, pages 2 and 3 showed pieces of it, an
 * icon named "线"). Put into the page for the browser's print dialog and taken out again
 * afterwards.
 */
import '../styles/print.css';
import type { BlueprintSvg } from '../diagram/blueprintSvg.ts';
import {
  LEGEND_SCALE,
  LEGEND_GAP,
  PAGE_HEADER,
  PAGE_MARGIN,
  PAPER_SIZE,
  type Paper,
  type PrintPicture,
  type PrintPlan,
} from '../diagram/printPages.ts';
import { loadedImage } from './exportImage.ts';

const mm = (value: number) => `${Math.round(value * 1000) / 1000}mm`;

/** A window onto the drawing's body: `width` units from `x`, at `scale` mm a unit. */
function slice(url: string, drawing: BlueprintSvg, x: number, width: number, scale: number) {
  const frame = document.createElement('div');
  frame.className = 'print-page__slice';
  frame.style.width = mm(width * scale);
  frame.style.height = mm((drawing.lanesBottom - drawing.bodyTop) * scale);
  const image = document.createElement('img');
  image.src = url;
  image.alt = '';
  image.style.width = mm(drawing.width * scale);
  image.style.height = mm(drawing.height * scale);
  image.style.marginLeft = mm(-x * scale);
  image.style.marginTop = mm(-drawing.bodyTop * scale);
  frame.append(image);
  return frame;
}

function pictureUrl(picture: PrintPicture): string {
  return URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Prints the drawing as drawn for its pages (exportImage.ts, drawForPrint). */
export async function printBlueprint(
  { drawing, legend, plan }: { drawing: BlueprintSvg; legend: PrintPicture; plan: PrintPlan },
  title: string,
  paper: Paper,
  pageLabel: (page: number, pages: number) => string,
): Promise<void> {
  document.querySelector('.print-view')?.remove();
  const legendHeight = legend.height * LEGEND_SCALE;
  const url = pictureUrl(drawing);
  const legendUrl = pictureUrl(legend);
  await Promise.all([loadedImage(url), loadedImage(legendUrl)]);

  const view = document.createElement('div');
  view.className = 'print-view';
  view.dataset.paper = paper;
  const size = PAPER_SIZE[paper];
  const pageStyle = document.createElement('style');
  pageStyle.textContent = `@page { size: ${paper} landscape; margin: ${PAGE_MARGIN}mm; }`;
  view.append(pageStyle);
  plan.pages.forEach((page, index) => {
    const section = document.createElement('section');
    section.className = 'print-page';
    section.style.width = mm(size.width - 2 * PAGE_MARGIN);
    const header = document.createElement('header');
    header.className = 'print-page__header';
    header.style.height = mm(PAGE_HEADER);
    const name = document.createElement('span');
    name.textContent = title;
    const number = document.createElement('span');
    number.className = 'print-page__number';
    number.textContent = pageLabel(index + 1, plan.pages.length);
    header.append(name, number);
    const body = document.createElement('div');
    body.className = 'print-page__body';
    // Every page after the first repeats the lane names on its left.
    if (plan.pages.length > 1 && page.x > 0)
      body.append(slice(url, drawing, 0, drawing.railRight, plan.scale));
    body.append(slice(url, drawing, page.x, page.width, plan.scale));
    const key = document.createElement('img');
    key.className = 'print-page__legend';
    key.src = legendUrl;
    key.alt = '';
    key.style.width = mm(legend.width * LEGEND_SCALE);
    key.style.height = mm(legendHeight);
    key.style.marginTop = mm(LEGEND_GAP);
    section.append(header, body, key);
    view.append(section);
  });
  document.body.append(view);
  await Promise.all([...view.querySelectorAll('img')].map((image) => image.decode()));

  const cleanUp = () => {
    view.remove();
    URL.revokeObjectURL(url);
    URL.revokeObjectURL(legendUrl);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
