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

/** MurmurHash3's block mix: folds one 32-bit word into a running hash. */
function absorb(hash: number, word: number): number {
  let k = Math.imul(word | 0, 0xcc9e2d51);
  k = rotateLeft(k, 15);
  k = Math.imul(k, 0x1b873593);
  hash ^= k;
  hash = rotateLeft(hash, 13);
  return (Math.imul(hash, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function finish(hash: number, length: number): number {
  hash ^= length;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * One 32-bit state word from every input: the seed, the replication and each UTF-16 code
 * unit of the stream's name, hashed from a different start for each word (and the word
 * before it), so the 128-bit state depends on all inputs and no two of the streams a run
 * can ask for share a state short of a 128-bit coincidence. Folding the inputs into one
 * 32-bit value first would make two streams identical among every ~65 000 (birthday
 * bound). Only 32-bit integer arithmetic: the same state in every JavaScript engine.
 */
function stateWord(
  lane: number,
  previous: number,
  seed: number,
  replication: number,
  name: string,
): number {
  let hash = absorb(0x9e3779b9 ^ Math.imul(lane + 1, 0x85ebca77), previous);
  hash = absorb(hash, seed);
  hash = absorb(hash, Math.floor(seed / 4294967296)); // seeds beyond 32 bits keep their high part
  hash = absorb(hash, replication);
  for (let i = 0; i < name.length; i++) hash = absorb(hash, name.charCodeAt(i));
  return finish(hash, name.length + 4);
}

export class Random {
  /**
   * The four state words a, b, c, d, in a typed array: as plain fields, half of the words
   * (those outside V8's small-integer range) were boxed numbers, so a draw allocated, and
   * as fields holding doubles every word was converted at each step. Callgrind, M/M/3:
   * 39 instructions fewer per customer (two draws each), the bare loop's as many.
   */
  private readonly state = new Int32Array(4);

  constructor(seed: number, replication: number, name: string) {
    const state = this.state;
    state[0] = stateWord(0, 0, seed, replication, name);
    state[1] = stateWord(1, state[0]!, seed, replication, name);
    state[2] = stateWord(2, state[1]!, seed, replication, name);
    state[3] = stateWord(3, state[2]!, seed, replication, name);
    // The all-zero state is a fixed point.
    if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const state = this.state;
    const a = state[0]!;
    const b = state[1]!;
    const c = state[2]! ^ a;
    const d = state[3]! ^ b;
    const result = Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
    state[0] = a ^ d;
    state[1] = b ^ c;
    state[2] = c ^ (b << 9);
    state[3] = rotateLeft(d, 11);
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
