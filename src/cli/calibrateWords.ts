/**
 * What the calibration report says for the codes the fits carry (src/analysis/fit,
 * src/calibrate): the distribution families, the day types of --day-type, and why a
 * service time could not be fitted, in English and Chinese. A code with no entry is
 * shown as it is.
 */
import type { CalibrateLanguage } from './calibrateOptions.ts';
import { fill } from './fillText.ts';

type Words = Readonly<Record<string, Readonly<Record<CalibrateLanguage, string>>>>;

/** The same names as the app's Calibrate dialog (src/app/calibrate/messagesFits*.ts). */
const FAMILY: Words = {
  exponential: { en: 'exponential', 'zh-CN': '指数分布' },
  lognormal: { en: 'lognormal', 'zh-CN': '对数正态分布' },
  gamma: { en: 'gamma', 'zh-CN': '伽马分布' },
  empirical: { en: 'empirical', 'zh-CN': '经验分布' },
};

/** English keeps the option's own values, which the reader types after --day-type. */
const DAY_TYPE: Words = {
  all: { en: 'all', 'zh-CN': '全部' },
  workday: { en: 'workday', 'zh-CN': '工作日' },
  weekend: { en: 'weekend', 'zh-CN': '周末' },
  mon: { en: 'mon', 'zh-CN': '周一' },
  tue: { en: 'tue', 'zh-CN': '周二' },
  wed: { en: 'wed', 'zh-CN': '周三' },
  thu: { en: 'thu', 'zh-CN': '周四' },
  fri: { en: 'fri', 'zh-CN': '周五' },
  sat: { en: 'sat', 'zh-CN': '周六' },
  sun: { en: 'sun', 'zh-CN': '周日' },
};

const FIT_REASON: Words = {
  'too-few': { en: 'fewer than two durations', 'zh-CN': '时长少于两个' },
  'no-spread': { en: 'every duration is {value} min', 'zh-CN': '所有时长都是 {value} 分钟' },
};

function named(words: Words, code: string, language: CalibrateLanguage): string {
  return words[code]?.[language] ?? code;
}

export const familyName = (family: string, language: CalibrateLanguage): string =>
  named(FAMILY, family, language);

export const dayTypeName = (dayType: string, language: CalibrateLanguage): string =>
  named(DAY_TYPE, dayType, language);

/** Why a service time was not fitted: `value` is the one duration of a sample without spread. */
export function fitReason(
  reason: string,
  language: CalibrateLanguage,
  value?: number | string,
): string {
  return fill(named(FIT_REASON, reason, language), { value: value ?? '—' });
}

/** A note's parameters with the codes among them (a day type, a reason) in words. */
export function wordedParams(
  params: Readonly<Record<string, string | number>>,
  language: CalibrateLanguage,
): Record<string, string | number> {
  const worded: Record<string, string | number> = { ...params };
  if (typeof params.dayType === 'string') worded.dayType = dayTypeName(params.dayType, language);
  if (typeof params.reason === 'string') worded.reason = fitReason(params.reason, language);
  return worded;
}
