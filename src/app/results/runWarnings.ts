/**
 * The run's warnings in the UI language, from the engine's one catalogue of wordings
 * (src/sim/warningText.ts, shared with the command line): the app supplies the pool's
 * name and its own number formats. Results saved by an older version carry English
 * sentences instead of codes; those are shown as they were written.
 */
import { OVER_FULL, type RunWarning, type WarningLanguage, warningText } from '../../sim/index.ts';
import { isUiLanguage } from '../i18n/language.ts';
import { clockTime } from './format.ts';
import type { Names } from './names.ts';
import type { ResultsFormat } from './useResultsFormat.ts';

/** A warning as stored: a code with parameters, or (results format 1) an English sentence. */
export type StoredWarning = RunWarning | string;

/** The sentence to show, and its language (a sentence from old results is English). */
export function warningSentence(
  warning: StoredWarning,
  names: Names,
  format: ResultsFormat,
): { text: string; language: WarningLanguage } {
  if (typeof warning === 'string') return { text: warning, language: 'en' };
  const language: WarningLanguage = isUiLanguage(format.language) ? format.language : 'en';
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(warning.params) as [string, unknown][])
    values[name] = String(value);
  if ('utilization' in warning.params) {
    const { pool, load, capacity, utilization } = warning.params;
    values.pool = names.pool(pool);
    values.load = format.value(load, 'count');
    values.capacity = format.value(capacity, 'count');
    values.busy = utilization === null ? OVER_FULL[language] : format.value(utilization, 'share');
  }
  const list = (items: string[]): string => items.join(language === 'zh-CN' ? '、' : ', ');
  if (warning.code === 'pool-overloaded-batch') {
    values.from = clockTime(warning.params.from);
    values.to = clockTime(warning.params.to);
  }
  if (warning.code === 'pool-overloaded-helped')
    values.helpers = list(warning.params.helpers.map((id) => names.pool(id)));
  if (warning.code === 'deadlock') {
    const { pools, steps, after } = warning.params;
    values.pools = list(pools.map((id) => names.pool(id)));
    values.steps = list(steps.map((id) => names.step(id)));
    values.after = format.value(after, 'count');
  }
  return { text: warningText(warning.code, language, values), language };
}
