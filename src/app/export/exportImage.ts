/**
 * Pictures of the whole blueprint for slides and documents, drawn from the model
 * (diagram/blueprintSvg.ts), never from the screen: the vector SVG as it is, and PNG at
 * 1×, 2× or 4× made by drawing that SVG into a canvas.
 */
import type { TFunction } from 'i18next';
import type { Blueprint } from '../../model/index.ts';
import { blueprintSvg, type BlueprintSvg, type DrawingOptions } from '../diagram/blueprintSvg.ts';
import { fileNameFor, fileStem } from '../files/fileNames.ts';
import { downloadBlob } from '../files/saveFile.ts';
import {
  LEGEND_SCALE,
  legendWidthUnits,
  planPrint,
  type Paper,
  type PrintPicture,
  type PrintPlan,
} from '../diagram/printPages.ts';
import { legendPicture } from '../diagram/svgLegend.ts';
import { diagramWords } from './diagramWords.ts';

export type PngScale = 1 | 2 | 4;

export function drawBlueprint(
  blueprint: Blueprint,
  t: TFunction,
  language: string,
  options: DrawingOptions = {},
): BlueprintSvg {
  return blueprintSvg(blueprint, diagramWords(t, language, blueprint), options);
}

/**
 * What printed pages show: the drawing without its legend, cut into pages (planPrint),
 * with each phase a page splits named in each part; and the legend alone laid out to the
 * page's width (printBlueprint.ts prints it whole under every page's lanes).
 */
export function drawForPrint(
  blueprint: Blueprint,
  t: TFunction,
  language: string,
  paper: Paper,
  options: DrawingOptions = {},
): { drawing: BlueprintSvg; legend: PrintPicture; plan: PrintPlan } {
  const words = diagramWords(t, language, blueprint);
  const legend = legendPicture(words, options.heat, legendWidthUnits(paper));
  const unsplit = blueprintSvg(blueprint, words, { ...options, legend: false });
  const plan = planPrint(
    { ...unsplit, height: unsplit.lanesBottom - unsplit.bodyTop },
    paper,
    legend.height * LEGEND_SCALE,
  );
  // The pages do not depend on where the phases' names are drawn: drawn again for them.
  const pageStarts = plan.pages.slice(1).map((page) => page.x);
  const drawing =
    pageStarts.length === 0
      ? unsplit
      : blueprintSvg(blueprint, words, { ...options, legend: false, pageStarts });
  return { drawing, legend, plan };
}

export function svgBlob(drawing: BlueprintSvg): Blob {
  return new Blob([drawing.svg], { type: 'image/svg+xml;charset=utf-8' });
}

export function exportSvg(
  blueprint: Blueprint,
  t: TFunction,
  language: string,
  options: DrawingOptions = {},
): void {
  const drawing = drawBlueprint(blueprint, t, language, options);
  downloadBlob(svgBlob(drawing), fileNameFor(blueprint, 'svg', language));
}

/** The SVG as an image the page has decoded, ready to draw or print. */
export async function loadedImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

export async function pngBlob(drawing: BlueprintSvg, scale: PngScale): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(drawing));
  try {
    const image = await loadedImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(drawing.width * scale);
    canvas.height = Math.round(drawing.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser has no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // A canvas over the browser's size limit makes no blob.
    if (!blob) throw new Error(`${canvas.width}×${canvas.height} pixels is too large`);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(
  blueprint: Blueprint,
  t: TFunction,
  language: string,
  scale: PngScale,
  options: DrawingOptions = {},
): Promise<void> {
  const blob = await pngBlob(drawBlueprint(blueprint, t, language, options), scale);
  // counter-deposit.png, counter-deposit@2x.png: the usual names for denser pictures.
  const suffix = scale === 1 ? '' : `@${scale}x`;
  downloadBlob(blob, `${fileStem(blueprint, language)}${suffix}.png`);
}
