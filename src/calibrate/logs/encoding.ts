/**
 * Which text encoding a log's bytes are in. A byte-order mark says so when there is one
 * (and its bytes are dropped); bytes that are valid UTF-8 are UTF-8 (the check is exact,
 * where a guess is not); anything else goes to chardet's statistical detector, whose
 * answers that decode the sample cleanly are mapped to labels TextDecoder knows, GB18030
 * preferred when it is within a few points of the best. Chinese bank systems that do not
 * write UTF-8 write GBK (GB2312, GB18030): all three decode as gb18030, the superset.
 */
import { analyse } from 'chardet';
import { WebTextDecoder } from './webTextDecoder.ts';

export interface DetectedEncoding {
  /** A TextDecoder label: 'utf-8', 'gb18030', 'utf-16le', 'big5', … */
  encoding: string;
  /** Bytes of a byte-order mark at the start, to skip (0 when none). */
  bomLength: number;
  /** How it was decided. */
  source: 'stated' | 'bom' | 'utf-8' | 'detector' | 'fallback';
}

/** The TextDecoder label for each name chardet gives, when the decoders support it. */
const DECODER_LABELS: Record<string, string> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'KOI8-R': 'koi8-r',
};

/** The label TextDecoder uses for `label`, or undefined when it cannot decode it. */
export function decoderLabel(label: string): string | undefined {
  try {
    return new WebTextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the end of a sample is not an error.
    new WebTextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** How close to the detector's best a GB18030 answer must be to be preferred. */
const GB_PREFERENCE = 10;

/** Whether `bytes` decode in `label` without an invalid sequence (a cut last character allowed). */
function decodesAs(bytes: Uint8Array, label: string): boolean {
  try {
    new WebTextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function guess(bytes: Uint8Array): { encoding: string; source: 'detector' | 'fallback' } {
  const candidates = analyse(bytes)
    .map((match) => ({ label: DECODER_LABELS[match.name], confidence: match.confidence }))
    .filter(
      (c): c is { label: string; confidence: number } =>
        c.label !== undefined && c.label !== 'utf-8' && decodesAs(bytes, c.label),
    );
  const best = candidates[0];
  if (best === undefined) return { encoding: 'gb18030', source: 'fallback' };
  // Chinese text in few distinct characters (a log repeats its business types) scores
  // as EUC-KR as high as GB18030; for a Chinese bank's export GB18030 is the answer.
  const chinese = candidates.find(
    (c) => c.label === 'gb18030' && c.confidence >= best.confidence - GB_PREFERENCE,
  );
  return { encoding: (chinese ?? best).label, source: 'detector' };
}

/** The encoding of a log from its first bytes (64 KB are plenty). */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const [a, b, c] = sample;
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2, source: 'bom' };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2, source: 'bom' };
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const rest = sample.subarray(3);
    // A mark before bytes that are not UTF-8 (a GBK file saved through a tool that adds
    // one) says less than the bytes do.
    if (isUtf8(rest)) return { encoding: 'utf-8', bomLength: 3, source: 'bom' };
    return { ...guess(rest), bomLength: 3 };
  }
  if (isUtf8(sample)) return { encoding: 'utf-8', bomLength: 0, source: 'utf-8' };
  return { ...guess(sample), bomLength: 0 };
}
