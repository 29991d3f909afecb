/**
 * The house rule for a name (a step's, a pool's, a customer class's) put into a Chinese
 * sentence: it stands in 「」 wherever it would touch a Chinese character, so a Latin name
 * (a blueprint written in English, shown in the Chinese view) never runs into the text
 * ("增开一个Account clerks") and a Chinese one reads as a name (docs/glossary.md).
 */
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

/** The placeholders that carry a name the blueprint's author wrote. */
const NAMES = ['pool', 'step', 'class', 'name', 'holder', 'until'];
const HAN = /[\u3400-\u9fff]/;

function* messages(node: unknown, path: string): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) yield* messages(value, `${path}.${key}`);
}

/** Each name placeholder of a message that touches a Chinese character unquoted. */
export function namesRunIntoText(message: string): string[] {
  const found: string[] = [];
  for (const match of message.matchAll(/\{\{(\w+)\}\}/g)) {
    if (!NAMES.includes(match[1]!)) continue;
    const before = message[match.index - 1] ?? '';
    const after = message[match.index + match[0].length] ?? '';
    if (HAN.test(before) || HAN.test(after)) found.push(match[0]);
  }
  return found;
}

describe('names in Chinese messages', () => {
  it('finds a name that runs into Chinese text, and passes one quoted or spaced', () => {
    expect(namesRunIntoText('增开一个{{pool}}')).toEqual(['{{pool}}']);
    expect(namesRunIntoText('{{pool}}利用率')).toEqual(['{{pool}}']);
    expect(namesRunIntoText('增开一个「{{pool}}」')).toEqual([]);
    expect(namesRunIntoText('{{pool}} 忙碌 {{percent}}')).toEqual([]);
    expect(namesRunIntoText('{{pool}}：{{from}} → {{to}}')).toEqual([]);
  });

  it('every message of the Chinese catalogue quotes the names it puts into its text', () => {
    const offenders = [...messages(zhCN, 'zh-CN')].filter(
      ([, message]) => namesRunIntoText(message).length > 0,
    );
    expect(offenders).toEqual([]);
  });
});
