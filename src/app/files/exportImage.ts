/** Pictures of the canvas for slides and documents, made from its DOM by html-to-image. */
import { toPng, toSvg } from 'html-to-image';
import type { Blueprint } from '../../model/index.ts';
import { downloadUrl, fileNameFor } from './saveFile.ts';

export type ImageFormat = 'png' | 'svg';

/** The zoom buttons, minimap and other overlays are tools, not part of the blueprint. */
function isPartOfBlueprint(node: HTMLElement): boolean {
  const classes = node.classList;
  if (!classes) return true;
  return !(
    classes.contains('react-flow__controls') ||
    classes.contains('react-flow__minimap') ||
    classes.contains('react-flow__panel')
  );
}

export function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.app__canvas .react-flow');
}

export async function exportCanvasImage(blueprint: Blueprint, format: ImageFormat): Promise<void> {
  const element = canvasElement();
  if (!element) throw new Error('no canvas is shown');
  const options = {
    backgroundColor: '#ffffff',
    filter: isPartOfBlueprint,
    // Sharp on a projector and in print.
    pixelRatio: 2,
  };
  const url = format === 'png' ? await toPng(element, options) : await toSvg(element, options);
  downloadUrl(url, fileNameFor(blueprint, format));
}
