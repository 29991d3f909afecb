/** Writing SVG elements as text, attributes escaped, numbers kept short. */
import { escapeXml, FONT_FAMILY } from './svgText.ts';

export type Attributes = Record<string, string | number | undefined>;

function value(raw: string | number): string {
  return typeof raw === 'number' ? String(Math.round(raw * 100) / 100) : escapeXml(raw);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, raw]) => ` ${name}="${value(raw)}"`)
    .join('');
}

/** An element with children (already SVG text), or an empty one. */
export function el(name: string, attrs: Attributes, children?: string | readonly string[]): string {
  const inner = Array.isArray(children) ? children.join('') : (children ?? '');
  return inner === ''
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** A text element of one or more lines (tspans), the first line's baseline at y. */
export function textLines(
  lines: readonly string[],
  attrs: Attributes & { x: number; y: number },
  lineHeight: number,
): string {
  if (lines.length === 1) return el('text', attrs, escapeXml(lines[0]!));
  const spans = lines.map((line, index) =>
    el('tspan', { x: attrs.x, dy: index === 0 ? undefined : lineHeight }, escapeXml(line)),
  );
  return el('text', attrs, spans);
}

/** A whole SVG file: `width` × `height` units, in `language`, with its XML declaration. */
export function svgDocument(
  language: string,
  width: number,
  height: number,
  children: string | readonly string[],
): string {
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xml:lang': language,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_FAMILY,
    },
    children,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/**
 * A group of the diagram's lanes, phases or lines, each drawn as a group of its own that
 * names it (`<g class="lane" data-lane="customer">`): what a vector editor lists, and
 * what the export's tests find.
 */
export function groupEach<Item extends { id: string }>(
  group: { name: string; each: string; idAttribute: string },
  items: readonly Item[],
  draw: (item: Item, index: number) => string[],
): string {
  return el(
    'g',
    { class: group.name },
    items.map((item, index) =>
      el('g', { class: group.each, [group.idAttribute]: item.id }, draw(item, index)),
    ),
  );
}
