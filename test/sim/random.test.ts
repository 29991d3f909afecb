/**
 * The generator's numbers are part of every result (same seed, same results, in the
 * command line and the browser): its words, pinned here from the version that kept its
 * state in four fields, must not change when its inside does.
 */
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/sim/random.ts';

/** The first four words and the millionth of a stream. */
function words(random: Random): number[] {
  const first = [
    random.nextUint32(),
    random.nextUint32(),
    random.nextUint32(),
    random.nextUint32(),
  ];
  for (let i = 4; i < 999_999; i++) random.nextUint32();
  return [...first, random.nextUint32()];
}

describe('random streams', () => {
  it('give the same 32-bit words as before, from the first to the millionth', () => {
    expect(words(new Random(2026, 0, 'arrivals:walk-in'))).toEqual([
      1388460048, 2615144200, 2874701095, 208298726, 1257972195,
    ]);
    expect(words(new Random(7, 3, 'step:serve:duration'))).toEqual([
      1542213556, 24145165, 4003713220, 635117901, 3731239268,
    ]);
  });
});
