/**
 * A small, strict XML reader for the tests: enough of XML 1.0 to prove that a file is
 * well-formed (one root, balanced tags, quoted attributes, only the five entities and
 * character references, no character XML forbids) and to read its elements back.
 * Text content may only be white space, as in XES.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = '[A-Za-z_][\\w:.-]*';
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"<]*)"`, 'g');
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function decode(value: string): string {
  return value.replace(/&([^;]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error('a bare & in an attribute');
    if (ENTITIES[name]) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`unknown entity ${whole}`);
    return String.fromCodePoint(name.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

export function parseXml(text: string): XmlElement {
  if (FORBIDDEN.test(text)) throw new Error('a character XML 1.0 forbids');
  let at = 0;
  const declaration = /^<\?xml [^?]*\?>/.exec(text);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const between = text.slice(at, next < 0 ? text.length : next);
    if (between.trim() !== '') throw new Error(`text outside the markup at ${at}: ${between}`);
    if (next < 0) break;
    TAG.lastIndex = next;
    const match = TAG.exec(text);
    if (!match) throw new Error(`malformed tag at ${next}: ${text.slice(next, next + 60)}`);
    const [, closing, name, attributeText, selfClosing] = match;
    at = TAG.lastIndex;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const element: XmlElement = { name: name!, attributes: {}, children: [] };
    for (const [, key, value] of attributeText!.matchAll(ATTRIBUTE)) {
      if (key! in element.attributes) throw new Error(`attribute ${key} twice`);
      element.attributes[key!] = decode(value!);
    }
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length || !root) throw new Error('unclosed elements at the end');
  return root;
}
