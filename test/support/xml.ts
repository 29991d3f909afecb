/**
 * A strict little XML reader for tests of generated SVG: elements, attributes, text and
 * the five predefined entities. It throws on anything not well formed (an unclosed or
 * mismatched tag, an unquoted or repeated attribute, a bare & or <), as a vector editor
 * would refuse the file.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities resolved (not its children's). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`a bare < near ${where}`);
  return raw.replace(/&([^;\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';') || !(name in ENTITIES))
      throw new Error(`bad entity ${match} near ${where}`);
    return ENTITIES[name]!;
  });
}

export function parseXml(source: string): XmlElement {
  let at = source.startsWith('<?xml') ? source.indexOf('?>') + 2 : 0;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const NAME = /^[A-Za-z_][\w:.-]*/;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const textEnd = open === -1 ? source.length : open;
    const text = source.slice(at, textEnd);
    if (text.trim() !== '') {
      if (stack.length === 1) throw new Error(`text outside the root near ${at}`);
      stack[stack.length - 1]!.text += decode(text, at);
    }
    if (open === -1) break;
    const close = source.indexOf('>', open);
    if (close === -1) throw new Error(`an unclosed tag at ${open}`);
    const tag = source.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const top = stack.pop();
      if (!top || top.name !== name) throw new Error(`</${name}> closes <${top?.name}> at ${open}`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name) throw new Error(`a tag without a name at ${open}`);
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    let rest = body.slice(name.length);
    const ATTRIBUTE = /^\s+([A-Za-z_][\w:.-]*)="([^"]*)"/;
    for (;;) {
      const match = ATTRIBUTE.exec(rest);
      if (!match) break;
      if (match[1]! in element.attributes)
        throw new Error(`attribute ${match[1]} twice at ${open}`);
      element.attributes[match[1]!] = decode(match[2]!, open);
      rest = rest.slice(match[0].length);
    }
    if (rest.trim() !== '') throw new Error(`cannot read "${rest.trim()}" in <${name}> at ${open}`);
    if (stack.length === 1 && root.children.length > 0) throw new Error('a second root element');
    stack[stack.length - 1]!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0]!;
}

/** Every element of the tree, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** All text inside the element, its descendants' included. */
export function textContent(element: XmlElement): string {
  return element.text + element.children.map(textContent).join('');
}
