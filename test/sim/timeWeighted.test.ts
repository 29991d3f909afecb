/**
 * A time-weighted series remembers which bin its last change fell in, so that the next
 * change in the same bin skips the division. The bins must come out exactly as the
 * formula gives them, also for changes on or next to a bin's edge, where rounding decides.
 */
import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../src/sim/stats/timeWeighted.ts';

/** The bins by the formula alone, at every change: what the series must equal. */
function reference(
  changes: readonly [number, number][],
  binStart: number,
  width: number,
  count: number,
  start: number,
): Float64Array {
  const bins = new Float64Array(count);
  let value = 0;
  let last = start;
  for (const [now, delta] of changes) {
    if (now > last && value !== 0) {
      let from = last;
      let bin = Math.floor((from - binStart) / width);
      if (bin < 0) {
        from = binStart;
        bin = 0;
      }
      while (from < now && bin < count) {
        const binEnd = binStart + (bin + 1) * width;
        const to = now < binEnd ? now : binEnd;
        bins[bin]! += value * (to - from);
        from = to;
        bin++;
      }
    }
    if (now > last) last = now;
    value += delta;
  }
  return bins;
}

function nudge(x: number, ulps: number): number {
  const bits = new Float64Array([x]);
  const word = new BigInt64Array(bits.buffer);
  word[0]! += BigInt(ulps);
  return bits[0]!;
}

describe('time-weighted bins', () => {
  it.each([
    // A steady run after a warm-up (changes before the first bin), a day from 09:00.
    { binStart: 300, width: 10_000 / 96, count: 96, start: 0 },
    { binStart: 540, width: 15, count: 40, start: 540 },
    { binStart: 0, width: 0.1, count: 200, start: 0 },
    // Widths whose edges round: a moment a double below an edge falls in the next bin.
    { binStart: 0, width: 1 / 3, count: 96, start: 0 },
  ])('are those of the formula, edges included (bins from $binStart, $width wide)', (layout) => {
    const { binStart, width, count, start } = layout;
    // In every bin a change in the middle, then changes on the doubles around its end as
    // the formula computes it, where rounding decides which bin a moment is in.
    const changes: [number, number][] = [[start, 1]];
    if (binStart > start) changes.push([(start + binStart) / 2, 1]);
    for (let bin = 0; bin < count + 1; bin++) {
      const edge = binStart + (bin + 1) * width;
      changes.push([binStart + (bin + 0.5) * width, 1]);
      for (const ulps of [-2, -1, 0, 1, 2]) changes.push([nudge(edge, ulps), ulps % 2 ? -1 : 1]);
    }
    const series = new TimeWeighted(start, binStart, width, count);
    for (const [time, delta] of changes) series.change(time, delta);
    expect(Array.from(series.bins)).toEqual(
      Array.from(reference(changes, binStart, width, count, start)),
    );
  });
});
