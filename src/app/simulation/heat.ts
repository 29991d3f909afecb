/**
 * One colour scale for the heat overlay, from pale yellow through orange to dark red
 * (a sequential scale that stays ordered for colour-blind readers and in greyscale on a
 * washed-out projector). Text switches to white where the background is dark.
 */
const STOPS: readonly [number, number, number][] = [
  [255, 247, 204], // 0: barely any wait or failure
  [254, 196, 79],
  [240, 120, 32],
  [200, 40, 30],
  [120, 10, 20], // 1: full heat
];

export interface HeatColour {
  background: string;
  text: string;
}

export function heatColour(heat: number): HeatColour {
  const position = Math.min(1, Math.max(0, Number.isFinite(heat) ? heat : 1)) * (STOPS.length - 1);
  const below = Math.min(STOPS.length - 2, Math.floor(position));
  const within = position - below;
  const [r, g, b] = STOPS[below]!.map((low, i) =>
    Math.round(low + (STOPS[below + 1]![i]! - low) * within),
  ) as [number, number, number];
  // Relative luminance decides the text colour (WCAG's formula, simplified to sRGB weights).
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return { background: `rgb(${r} ${g} ${b})`, text: luminance < 0.55 ? '#ffffff' : '#1f1300' };
}
