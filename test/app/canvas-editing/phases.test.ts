/** Renaming a phase in one language keeps the others. */
import { describe, expect, it } from 'vitest';
import { committedName, relabel } from '../../../src/app/canvas/phaseLabel.ts';

describe('relabel', () => {
  it('sets the UI language and keeps the other', () => {
    expect(relabel({ en: 'Arrive', 'zh-CN': '到达' }, 'en', 'Come in')).toEqual({
      en: 'Come in',
      'zh-CN': '到达',
    });
    expect(relabel({ en: 'Arrive', 'zh-CN': '到达' }, 'zh-CN', '进门')).toEqual({
      en: 'Arrive',
      'zh-CN': '进门',
    });
  });

  it('adds the language when the label lacks it', () => {
    expect(relabel({ en: 'Arrive' }, 'zh-CN', '到达')).toEqual({ en: 'Arrive', 'zh-CN': '到达' });
  });

  it('turns a plain string into both languages before renaming one', () => {
    expect(relabel('Arrive', 'en', 'Come in')).toEqual({ en: 'Come in', 'zh-CN': 'Arrive' });
    expect(relabel('Arrive', 'zh-CN', '到达')).toEqual({ en: 'Arrive', 'zh-CN': '到达' });
  });

  it('drops a language still showing its placeholder, so that view falls back to the new name', () => {
    const placeholders = { en: 'New phase', 'zh-CN': '新阶段' };
    const added = { en: 'New phase', 'zh-CN': '新阶段' };
    expect(relabel(added, 'en', 'Opening', placeholders)).toEqual({ en: 'Opening' });
    expect(relabel(added, 'zh-CN', '开户', placeholders)).toEqual({ 'zh-CN': '开户' });
    // A name the designer gave is kept, even if it was given in the other language first.
    expect(relabel({ en: 'Opening', 'zh-CN': '新阶段' }, 'zh-CN', '开户', placeholders)).toEqual({
      en: 'Opening',
      'zh-CN': '开户',
    });
    expect(relabel({ en: 'Opening', 'zh-CN': '开户' }, 'en', 'Open', placeholders)).toEqual({
      en: 'Open',
      'zh-CN': '开户',
    });
  });

  it('does not change the label it is given', () => {
    const label = { en: 'Arrive', 'zh-CN': '到达' };
    relabel(label, 'en', 'Come in');
    expect(label.en).toBe('Arrive');
  });
});

describe('committedName', () => {
  it('trims, and treats a blank name as no change', () => {
    expect(committedName('  Pay  ')).toBe('Pay');
    expect(committedName('   ')).toBeUndefined();
  });
});
