/**
 * The back-test's plot as a standalone SVG: mean wait by time of day, the model as a line
 * inside its 95 % band, the log as points with their 95 % bars, missed hours shaded.
 * Plain SVG text (no library): labels are <text>, so they stay searchable and sharp.
 */
import type { Comparison } from '../calibrate/backtest/index.ts';
import { clock } from './backtestReport.ts';
import type { BacktestWords } from './backtestWords.ts';

const WIDTH = 760;
const HEIGHT = 400;
const MARGIN = { left: 64, right: 20, top: 44, bottom: 72 };
const LOG_COLOUR = '#c0392b';
const MODEL_COLOUR = '#2f6fde';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A round step for about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw;
}

const f = (value: number): string => value.toFixed(1);

export function backtestSvg(comparison: Comparison, words: BacktestWords): string {
  const bins = comparison.bins;
  const first = bins[0]?.from ?? 0;
  const last = bins.at(-1)?.to ?? first + comparison.binMinutes;
  const highs = bins.flatMap((bin) => [
    bin.observed?.meanWait.ci95?.[1] ?? bin.observed?.meanWait.value ?? 0,
    bin.simulated?.meanWait.ci95?.[1] ?? bin.simulated?.meanWait.value ?? 0,
  ]);
  const step = tickStep(Math.max(1, ...highs));
  const top = Math.ceil(Math.max(1, ...highs) / step) * step;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (minute: number) => MARGIN.left + ((minute - first) / (last - first)) * plotWidth;
  const y = (wait: number) => MARGIN.top + plotHeight - (wait / top) * plotHeight;
  const middle = (bin: { from: number; to: number }) => x((bin.from + bin.to) / 2);
  const parts: string[] = [];

  for (const bin of bins.filter((candidate) => candidate.misses.length > 0))
    parts.push(
      `<rect class="miss" x="${f(x(bin.from))}" y="${MARGIN.top}" width="${f(x(bin.to) - x(bin.from))}" height="${plotHeight}" fill="#f5c6c0" fill-opacity="0.5"/>`,
    );
  for (let value = 0; value <= top + 1e-9; value += step) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f(y(value))}" y2="${f(y(value))}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${f(y(value) + 4)}" text-anchor="end">${escapeXml(String(Number(value.toFixed(6))))}</text>`,
    );
  }
  for (const bin of bins)
    parts.push(
      `<text x="${f(middle(bin))}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${clock(bin.from)}</text>`,
    );

  const modelled = bins.filter((bin) => bin.simulated?.meanWait.value != null);
  const band = modelled.filter((bin) => bin.simulated!.meanWait.ci95);
  if (band.length > 1) {
    const upper = band.map((bin) => `${f(middle(bin))},${f(y(bin.simulated!.meanWait.ci95![1]))}`);
    const lower = band
      .map((bin) => `${f(middle(bin))},${f(y(bin.simulated!.meanWait.ci95![0]))}`)
      .reverse();
    parts.push(
      `<polygon class="model-band" points="${[...upper, ...lower].join(' ')}" fill="${MODEL_COLOUR}" fill-opacity="0.18"/>`,
    );
  }
  if (modelled.length > 0)
    parts.push(
      `<polyline class="model" points="${modelled.map((bin) => `${f(middle(bin))},${f(y(bin.simulated!.meanWait.value!))}`).join(' ')}" fill="none" stroke="${MODEL_COLOUR}" stroke-width="2"/>`,
    );
  for (const bin of bins) {
    const figure = bin.observed?.meanWait;
    if (!figure || figure.value === null) continue;
    const cx = middle(bin);
    if (figure.ci95)
      parts.push(
        `<line class="log-ci" x1="${f(cx)}" x2="${f(cx)}" y1="${f(y(figure.ci95[0]))}" y2="${f(y(figure.ci95[1]))}" stroke="${LOG_COLOUR}"/>`,
      );
    parts.push(
      `<circle class="log" cx="${f(cx)}" cy="${f(y(figure.value))}" r="4" fill="${LOG_COLOUR}"/>`,
    );
  }

  const legendY = HEIGHT - 20;
  parts.push(
    `<circle cx="${MARGIN.left + 6}" cy="${legendY - 4}" r="4" fill="${LOG_COLOUR}"/>`,
    `<text x="${MARGIN.left + 16}" y="${legendY}">${escapeXml(words.legendLog)}</text>`,
    `<rect x="${MARGIN.left + 220}" y="${legendY - 10}" width="18" height="12" fill="${MODEL_COLOUR}" fill-opacity="0.18" stroke="${MODEL_COLOUR}"/>`,
    `<text x="${MARGIN.left + 244}" y="${legendY}">${escapeXml(words.legendModel)}</text>`,
    `<rect x="${MARGIN.left + 440}" y="${legendY - 10}" width="18" height="12" fill="#f5c6c0"/>`,
    `<text x="${MARGIN.left + 464}" y="${legendY}">${escapeXml(words.legendMiss)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="15">${escapeXml(words.plotTitle)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(words.plotY)}</text>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - MARGIN.bottom + 38}" text-anchor="middle">${escapeXml(words.plotX)}</text>`,
    ...parts,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    '</svg>',
    '',
  ].join('\n');
}
