/** A pool's numbers at the lunch hand-over: never more busy than on shift ("4/3"). */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { poolNumbers } from '../../../src/app/playback/poolNumbers.ts';

function tIn(language: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

describe('poolNumbers', () => {
  it('counts a unit finishing its customer after the staffing dropped apart, in both languages', () => {
    // Four tellers busy when the schedule went from 4 to 3: one closes after this customer.
    const handOver = { busy: 4, capacity: 3, waiting: 5 };
    expect(poolNumbers(tIn('en'), handOver, true)).toBe('3/3 · 1 closing');
    expect(poolNumbers(tIn('en'), handOver, false)).toBe('3 busy of 3 · 1 closing · 5 waiting');
    expect(poolNumbers(tIn('zh-CN'), handOver, true)).toBe('3/3 · 1 个即将关闭');
    expect(poolNumbers(tIn('zh-CN'), handOver, false)).toBe('3/3 忙碌 · 1 个即将关闭 · 5 人排队');
  });

  it('reads as before while no unit is closing', () => {
    const counts = { busy: 2, capacity: 4, waiting: 0 };
    expect(poolNumbers(tIn('en'), counts, true)).toBe('2/4');
    expect(poolNumbers(tIn('en'), counts, false)).toBe('2 busy of 4');
    expect(poolNumbers(tIn('zh-CN'), { ...counts, waiting: 3 }, false)).toBe('2/4 忙碌 · 3 人排队');
  });
});
