/**
 * The duration editor's form ↔ a Distribution. The form holds text per parameter; a
 * candidate is built from it and checked with the schema's own `Distribution`, so the
 * inspector accepts exactly what a file may hold. Problems come back as codes that the
 * component words in the UI language.
 */
import { Distribution, type DistributionType } from '../../model/index.ts';
import { formatNumber, parseNumber, parseNumberList, type NumberProblem } from './numbers.ts';

export type ParameterName =
  'value' | 'min' | 'mode' | 'max' | 'mean' | 'sd' | 'cv' | 'values' | 'weights';

/** The parameter fields of each type, in the order the form shows them. */
export const PARAMETERS: Record<DistributionType, readonly ParameterName[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  exponential: ['mean'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  gamma: ['mean', 'cv'],
  empirical: ['values', 'weights'],
};

/** The form's text per parameter. */
export type ParameterTexts = Partial<Record<ParameterName, string>>;

export type DistributionProblem =
  | { field: ParameterName; code: 'required' | 'notNumber' | 'positive' | 'nonNegative' }
  | { field: ParameterName; code: 'minMax' | 'triangle' | 'weightsCount' | 'weightsPositive' }
  | { field: ParameterName | undefined; code: 'other'; message: string };

export type FormResult =
  { ok: true; distribution: Distribution } | { ok: false; problem: DistributionProblem };

export function textsOf(distribution: Distribution): ParameterTexts {
  const texts: ParameterTexts = {};
  for (const name of PARAMETERS[distribution.type]) {
    const value = (distribution as Partial<Record<ParameterName, number | number[]>>)[name];
    if (value === undefined) continue;
    texts[name] = Array.isArray(value) ? value.map(formatNumber).join(', ') : formatNumber(value);
  }
  return texts;
}

/** Builds the distribution the form describes, or says what is wrong with it. */
export function distributionFromTexts(type: DistributionType, texts: ParameterTexts): FormResult {
  const candidate: Record<string, unknown> = { type };
  for (const field of PARAMETERS[type]) {
    const text = texts[field] ?? '';
    // Weights are optional: no weights means equal chances.
    if (field === 'weights' && text.trim() === '') continue;
    const parsed =
      field === 'values' || field === 'weights' ? parseNumberList(text) : parseNumber(text);
    if (!parsed.ok) return { ok: false, problem: { field, code: listCode(parsed.problem) } };
    candidate[field] = parsed.value;
  }
  const result = Distribution.safeParse(candidate);
  if (result.success) return { ok: true, distribution: result.data };
  const issue = result.error.issues[0]!;
  const field = issue.path[0] as ParameterName | undefined;
  return { ok: false, problem: problemOf(type, field, issue) };
}

function listCode(problem: NumberProblem): 'required' | 'notNumber' {
  return problem.code === 'required' ? 'required' : 'notNumber';
}

type Issue = { code: string; message: string; inclusive?: boolean; origin?: string };

function problemOf(
  type: DistributionType,
  field: ParameterName | undefined,
  issue: Issue,
): DistributionProblem {
  if (field !== undefined && issue.code === 'too_small' && issue.origin === 'number')
    return { field, code: issue.inclusive ? 'nonNegative' : 'positive' };
  if (field !== undefined && issue.code === 'custom') {
    if (type === 'uniform') return { field, code: 'minMax' };
    if (type === 'triangular') return { field, code: 'triangle' };
    if (type === 'empirical')
      return {
        field,
        code: issue.message.includes('per value') ? 'weightsCount' : 'weightsPositive',
      };
  }
  return { field, code: 'other', message: issue.message };
}

/** Rounds a suggested parameter to 3 significant digits so the form shows tidy numbers. */
const tidy = (value: number): number => Number(value.toPrecision(3));

/**
 * A distribution of another type with about the same mean, so switching the type keeps
 * the step's duration in the same range instead of resetting it. With no mean yet (the
 * field was empty) it starts from `startMean`: a minute for a step, but half an hour for a
 * patience, where a minute would send everyone away.
 */
export function switchType(
  mean: number | undefined,
  type: DistributionType,
  startMean = 1,
): Distribution {
  const m = tidy(mean !== undefined && mean > 0 ? mean : startMean);
  switch (type) {
    case 'fixed':
      return { type, value: m };
    case 'uniform':
      return { type, min: tidy(m / 2), max: tidy(m * 1.5) };
    case 'triangular':
      return { type, min: tidy(m / 2), mode: m, max: tidy(m * 1.5) };
    case 'exponential':
      return { type, mean: m };
    case 'normal':
      return { type, mean: m, sd: tidy(m / 4) };
    case 'lognormal':
      return { type, mean: m, sd: tidy(m / 2) };
    case 'gamma':
      return { type, mean: m, cv: 0.5 };
    case 'empirical':
      return { type, values: [m] };
  }
}
