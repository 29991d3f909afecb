/**
 * "Next event" read aloud in a class: every kind of event, of a customer and of the
 * back-office work a customer leaves behind, makes a plain sentence in both languages.
 * Work does not arrive, queue or leave as a person does: "back-office work for customer
 * 94 leaves after File the voucher, done" was the run-through's example.
 */
import { describe, expect, it } from 'vitest';
import type { EventDescription } from '../../../src/app/playback/eventDescription.ts';
import { eventText } from '../../../src/app/playback/eventWording.ts';
import { translator } from '../../support/translator.ts';

const KINDS: EventDescription['event'][] = [
  'arrive',
  'queue',
  'start',
  'end',
  'fail',
  'balk',
  'renege',
  'exit',
  'abandon',
  'stuck',
  'background',
  'missed',
  'recall',
  'pile',
  'batch',
];

const WORK_DOES: EventDescription['event'][] = [
  'arrive',
  'queue',
  'start',
  'end',
  'exit',
  'background',
];

function event(kind: EventDescription['event'], background: boolean): EventDescription {
  return {
    time: 10 * 60 + 42.2,
    caseId: 94,
    background,
    event: kind,
    stepId: 'b-file',
    pool: 0,
    window: null,
    alsoAtOnce: 0,
    batchItems: kind === 'batch' ? 3 : 0,
  };
}

describe('Next event, worded', () => {
  it('says work is done where a customer leaves, in English', async () => {
    const t = await translator('en');
    const work = (kind: EventDescription['event']) =>
      eventText(t, event(kind, true), 'File the voucher', 'Back-office clerk');
    expect(work('exit')).toBe(
      '10:42:12 · the back-office work for customer 94 is complete after File the voucher',
    );
    expect(work('arrive')).toBe(
      '10:42:12 · the back-office work for customer 94 reaches File the voucher',
    );
    expect(work('queue')).toBe(
      '10:42:12 · the back-office work for customer 94 waits for File the voucher',
    );
    const customer = eventText(t, event('exit', false), 'Check and leave', 'Tellers');
    expect(customer).toBe('10:42:12 · customer 94 is done and leaves after Check and leave');
  });

  it('and in Chinese', async () => {
    const t = await translator('zh-CN');
    expect(eventText(t, event('exit', true), '凭证整理归档', '后台人员')).toBe(
      '10:42:12 · 客户 94 的后台工作在「凭证整理归档」办结',
    );
    expect(eventText(t, event('exit', false), '核对后离开', '柜员')).toBe(
      '10:42:12 · 客户 94 办完「核对后离开」后离开',
    );
  });

  it.each(['en', 'zh-CN'])(
    'every kind, of a customer and of work, is a whole sentence in %s',
    async (language) => {
      const t = await translator(language);
      for (const kind of KINDS)
        for (const background of [false, true]) {
          const text = eventText(t, event(kind, background), 'Step', 'Pool');
          // Every placeholder filled, no key shown in place of words.
          expect(text, `${kind} ${background}`).not.toMatch(/{{|}}|playback\./);
          expect(text.startsWith('10:42:12 · '), text).toBe(true);
          // What work does (its customer's patience never applies to it) is never "leaves".
          if (background && language === 'en' && WORK_DOES.includes(kind))
            expect(text, kind).not.toMatch(/\bleaves\b/);
        }
    },
  );
});
