/**
 * Text for the exported SVG: escaped for XML, and wrapped to a width without measuring
 * (the SVG is drawn in Node and in the browser alike, with no DOM to measure in). Widths
 * are estimates per character class, a little generous so that real fonts fit.
 */

/** The fonts the drawing asks for: the UI's, then the CJK fonts of each system. */
export const FONT_FAMILY =
  "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

// Characters XML 1.0 does not allow, even escaped (controls other than tab and newlines).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Ideographs, kana, hangul and full-width forms take a whole em. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x20000
  );
}

/** Estimated width of `text` at `fontSize`, in the same units. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isWide(code)) ems += 1;
    else if (char === ' ') ems += 0.28;
    else if ("iljI.,:;|!'’".includes(char)) ems += 0.3;
    else if ('mwMW@%'.includes(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.07 : 1);
}

/** Pieces a line may break between: words with their following space, and single wide characters. */
function breakable(text: string): string[] {
  const pieces: string[] = [];
  let word = '';
  for (const char of text) {
    if (isWide(char.codePointAt(0)!)) {
      if (word) pieces.push(word);
      word = '';
      pieces.push(char);
    } else if (char === ' ') {
      pieces.push(`${word} `);
      word = '';
    } else word += char;
  }
  if (word) pieces.push(word);
  return pieces;
}

/**
 * Lines of at most `maxWidth`, at most `maxLines` of them; the last one ends in "…" when
 * text is left over. A word longer than a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth;
  const pieces = breakable(text.replace(/\s+/g, ' ').trim());
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line === '') {
      // One word wider than the line: as much of it as fits, the rest on the next line.
      let head = '';
      for (const char of piece) {
        if (!fits(head + char)) break;
        head += char;
      }
      // At least one character a line, even in no room (a header squeezed to a sliver
      // as the canvas is dragged): an empty remainder put back would never fit, and its
      // "first character" was undefined, which crashed the canvas.
      head = head || [...piece][0]!;
      lines.push(head);
      const rest = piece.slice(head.length);
      if (rest !== '') pieces.splice(index + 1, 0, rest);
    } else {
      lines.push(line.trimEnd());
      line = '';
      index -= 1;
    }
    if (lines.length === maxLines) return ellipsis(lines, maxWidth, fontSize, bold);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function ellipsis(lines: string[], maxWidth: number, fontSize: number, bold: boolean): string[] {
  let last = lines[lines.length - 1]!;
  while (last !== '' && textWidth(`${last}…`, fontSize, bold) > maxWidth) {
    last = [...last].slice(0, -1).join('').trimEnd();
  }
  return [...lines.slice(0, -1), `${last}…`];
}
