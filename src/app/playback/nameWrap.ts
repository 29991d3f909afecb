/**
 * How many lines a step's name takes in a box of a given width, wrapped as the stage's
 * CSS wraps it (playbackStage.css: break at spaces and after hyphens, between Chinese
 * words but never inside one nor before a closing mark such as "，", and inside a word only
 * when the word alone is wider than the box: `overflow-wrap: anywhere`). The stage writes
 * the name with a <wbr> at each place a line may end and lets the browser break nowhere
 * else (`word-break: keep-all`), so the two agree. Lets the stage size a box
 * to its name before anything is drawn; `measure` gives a string's width (a canvas's
 * measureText on screen, a fixed width per character in tests).
 */

export type Measure = (text: string) => number;

/** Marks a line never starts with (they stay on the line of the character before them). */
const NO_LINE_START = new Set('，。、：；！？）》」』,.;:!?)]}%');
/** Marks a line never ends with (they go down with the character after them). */
const NO_LINE_END = new Set('（《「『([{');
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * Chinese words (the runtime's dictionary): a line between 交 and 易 of 交易 left a
 * character alone on its line, read as a word of its own by the class.
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A run of Chinese characters this long or shorter is never broken: "输入密码" (enter the
 * PIN) is two words to the dictionary, but cut as "输入/密码" it reads as two labels. A
 * short phrase is taken in at a glance as one, the way a four-character set phrase is.
 */
const WHOLE_RUN = 4;
const CHINESE = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
/** Joining words ("and", "or", "then"): a word of their own, never glued to another. */
const CONNECTIVES = new Set('和与并及或');

/**
 * Where a line may end among Chinese characters, as indices into the text's code points:
 * where a word starts, but not inside a run of `WHOLE_RUN` Chinese characters or fewer.
 * A word the dictionary does not know comes out as single characters ("回|单", a receipt;
 * "额|度", a limit): single characters side by side are taken as one word. A character
 * alone between words is most often a suffix or a prefix ("存款|机", "审批|人",
 * "反|洗钱"): it goes with the word before it, or at the start with the word after it.
 */
function chineseBreaks(text: string): Set<number> {
  const segments = [...WORDS.segment(text)].map(({ segment, index }) => ({
    start: [...text.slice(0, index)].length,
    chinese: CHINESE.test(segment) && !CONNECTIVES.has(segment),
    single: CHINESE.test(segment) && [...segment].length === 1 && !CONNECTIVES.has(segment),
  }));
  const starts = new Set(segments.map(({ start }) => start));
  segments.forEach((segment, i) => {
    if (!segment.single) return;
    const before = segments[i - 1];
    const after = segments[i + 1];
    if (before?.single) starts.delete(segment.start);
    else if (after?.single)
      return; // the first of a run of single characters
    else if (before?.chinese) starts.delete(segment.start);
    else if (after?.chinese) starts.delete(after.start);
  });
  const chars = [...text];
  for (let from = 0; from < chars.length;) {
    let to = from;
    while (to < chars.length && CHINESE.test(chars[to]!)) to++;
    if (to - from <= WHOLE_RUN) for (let at = from + 1; at < to; at++) starts.delete(at);
    from = Math.max(to, from + 1);
  }
  return starts;
}

/** The name cut where a line may end: each piece carries its own trailing space. */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  const chars = [...text];
  const starts = chineseBreaks(text);
  chars.forEach((char, i) => {
    piece += char;
    const next = chars[i + 1];
    if (next === undefined) return;
    const breakAfter =
      (char === ' ' && next !== ' ') ||
      (char === '-' && /\p{L}/u.test(next)) ||
      ((WIDE.test(char) || WIDE.test(next)) && next !== ' ' && char !== ' ' && starts.has(i + 1));
    if (breakAfter && !NO_LINE_START.has(next) && !NO_LINE_END.has(char)) {
      pieces.push(piece);
      piece = '';
    }
  });
  if (piece) pieces.push(piece);
  return pieces;
}

/** Lines the name takes at `width` (greedy, as browsers fill lines). */
export function lineCount(text: string, width: number, measure: Measure): number {
  let lines = 0;
  let line = '';
  const fits = (candidate: string) => measure(candidate.trimEnd()) <= width;
  for (const piece of breakPieces(text)) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line) lines += 1;
    line = '';
    // A piece wider than the box alone is cut anywhere, character by character.
    for (const char of piece) {
      if (line && !fits(line + char)) {
        lines += 1;
        line = '';
      }
      line += char;
    }
  }
  return lines + (line.trim() ? 1 : 0);
}

/**
 * The narrowest width in [min, max] at which the name takes at most `lines` lines; `max`
 * when even that is not enough.
 */
export function widthForLines(
  text: string,
  lines: number,
  min: number,
  max: number,
  measure: Measure,
): number {
  if (max <= min || lineCount(text, min, measure) <= lines) return min;
  if (lineCount(text, max, measure) > lines) return max;
  let low = min;
  let high = max;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (lineCount(text, middle, measure) <= lines) high = middle;
    else low = middle;
  }
  return high;
}
