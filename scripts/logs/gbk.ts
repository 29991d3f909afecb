/**
 * Text to GBK bytes, for writing the synthetic messy log the way a Chinese bank system
 * exports it. Browsers and Node decode GBK (TextDecoder) but do not encode it, so the
 * table is built by decoding every two-byte GBK code once and turning the result round.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char))
        table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** `text` in GBK; throws on a character GBK does not have. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = codes.get(char);
    if (pair === undefined) throw new RangeError(`not in GBK: ${char}`);
    bytes.push(pair[0], pair[1]);
  }
  return Uint8Array.from(bytes);
}
