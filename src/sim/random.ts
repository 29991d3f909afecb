/**
 * Seeded random numbers in independent streams.
 *
 * Each stream is named ("step:f-count:duration") and seeded from (seed, replication,
 * name). Changing one step therefore leaves every other step's numbers as they were:
 * common random numbers, so that comparing two scenarios compares the designs, not the
 * luck. The generator is xoshiro128** (Blackman and Vigna), 32-bit state words so that
 * it runs on plain 32-bit integer arithmetic in every JavaScript engine.
 */

const TWO_TO_MINUS_32 = 1 / 4294967296;

/** FNV-1a over the UTF-16 code units of a name. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** SplitMix32: spreads a 32-bit seed over the generator's four state words. */
function splitMix32(state: { value: number }): number {
  state.value = (state.value + 0x9e3779b9) | 0;
  let z = state.value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, replication: number, name: string) {
    const state = { value: (seed ^ Math.imul(replication + 1, 0x27d4eb2d) ^ hashName(name)) | 0 };
    // Mix the stream name in twice so that streams of nearby seeds do not overlap.
    state.value = (state.value + splitMix32({ value: hashName(name) ^ seed })) | 0;
    this.a = splitMix32(state);
    this.b = splitMix32(state);
    this.c = splitMix32(state);
    this.d = splitMix32(state);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state is a fixed point
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** Uniform on (0, 1), never exactly 0 or 1, so that log(u) and log(1 − u) are finite. */
  next(): number {
    return (this.nextUint32() + 0.5) * TWO_TO_MINUS_32;
  }
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The index of the first cumulative chance above u (the last one if rounding leaves a gap). */
export function pick(cumulative: Float64Array, u: number): number {
  const last = cumulative.length - 1;
  for (let i = 0; i < last; i++) if (u < cumulative[i]!) return i;
  return last;
}
