/**
 * Print or save as PDF: the drawing laid out on landscape A4 or A3 pages (planPrint),
 * each page with the title and "Page n of N" at the top and the lane names on its left,
 * put into the page for the browser's print dialog and taken out again afterwards.
 */
import '../styles/print.css';
import type { BlueprintSvg } from '../diagram/blueprintSvg.ts';
import {
  PAGE_HEADER,
  PAGE_MARGIN,
  PAPER_SIZE,
  planPrint,
  type Paper,
} from '../diagram/printPages.ts';
import { loadedImage, svgBlob } from './exportImage.ts';

const mm = (value: number) => `${Math.round(value * 1000) / 1000}mm`;

/** A window onto the drawing: `width` units wide from `x`, at `scale` mm a unit. */
function slice(url: string, drawing: BlueprintSvg, x: number, width: number, scale: number) {
  const frame = document.createElement('div');
  frame.className = 'print-page__slice';
  frame.style.width = mm(width * scale);
  frame.style.height = mm(drawing.height * scale);
  const image = document.createElement('img');
  image.src = url;
  image.alt = '';
  image.style.width = mm(drawing.width * scale);
  image.style.height = mm(drawing.height * scale);
  image.style.marginLeft = mm(-x * scale);
  frame.append(image);
  return frame;
}

export async function printBlueprint(
  drawing: BlueprintSvg,
  title: string,
  paper: Paper,
  pageLabel: (page: number, pages: number) => string,
): Promise<void> {
  document.querySelector('.print-view')?.remove();
  const plan = planPrint(drawing, paper);
  const url = URL.createObjectURL(svgBlob(drawing));
  await loadedImage(url);

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
    if (plan.pages.length > 1) body.append(slice(url, drawing, 0, drawing.railRight, plan.scale));
    body.append(slice(url, drawing, page.x, page.width, plan.scale));
    section.append(header, body);
    view.append(section);
  });
  document.body.append(view);
  await Promise.all([...view.querySelectorAll('img')].map((image) => image.decode()));

  const cleanUp = () => {
    view.remove();
    URL.revokeObjectURL(url);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
