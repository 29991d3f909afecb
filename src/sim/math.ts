/**
 * Logarithm and exponential computed with + − × ÷ only, which IEEE 754 defines exactly.
 * Math.log and Math.exp are not pinned down to the last bit by the language, and Node and
 * Chromium ship different engine versions: with these, the same seed gives bit-for-bit the
 * same results in the command line and in the browser's worker.
 *
 * Accuracy: within a few units in the last place (relative error below 1e-15), tested
 * against Math.log and Math.exp in test/sim/math.test.ts.
 */

const LN2 = 0.6931471805599453;
// ln 2 split in two so that k × LN2_HIGH is exact for the k that occur (its low bits are 0).
const LN2_HIGH = 6.9314718036912381649e-1;
const LN2_LOW = 1.9082149292705877e-10;
const SQRT2 = 1.4142135623730951;

// A view of a double's bits. Which 32-bit half holds the sign and exponent depends on the
// machine's byte order, so it is found out once.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** 2^k for whole k from −1022 to 1023, exactly. */
function powerOfTwo(k: number): number {
  words[HIGH] = (k + 1023) << 20;
  words[LOW] = 0;
  return bits[0]!;
}

/** Natural logarithm. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: lift subnormals into the normal range
    k = -54;
  }
  bits[0] = x;
  const high = words[HIGH]!;
  k += (high >>> 20) - 1023;
  words[HIGH] = (high & 0x000fffff) | 0x3ff00000; // the mantissa m, in [1, 2)
  let m = bits[0]!;
  if (m > SQRT2) {
    m /= 2;
    k += 1;
  }
  // ln m = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1), |s| < 0.172.
  const s = (m - 1) / (m + 1);
  const z = s * s;
  const series =
    1 +
    z *
      (1 / 3 +
        z *
          (1 / 5 +
            z *
              (1 / 7 +
                z *
                  (1 / 9 +
                    z *
                      (1 / 11 +
                        z * (1 / 13 + z * (1 / 15 + z * (1 / 17 + z * (1 / 19 + z / 21)))))))));
  return k * LN2 + 2 * s * series;
}

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  // e^x = 2^k e^r with |r| ≤ ln2 / 2; e^r by its Taylor series to r¹⁴ (error below 1e-18).
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HIGH - k * LN2_LOW;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 14; n++) {
    term *= r / n;
    sum += term;
  }
  if (k > 1023) return sum * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return sum * powerOfTwo(-1022) * powerOfTwo(k + 1022);
  return sum * powerOfTwo(k);
}

/** x^y for x > 0. */
export function pow(x: number, y: number): number {
  return exp(y * ln(x));
}
