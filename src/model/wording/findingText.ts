/**
 * The one catalogue of finding wordings (findingsEn.ts, findingsZhCN.ts) and how a
 * finding is worded from it: its code (and `params.variant`) picks a template, its params
 * fill the `{{name}}` placeholders. The model words every finding's English `message`
 * here, for the command line; the app words findings in the UI language from the same
 * templates, with its own number formats (a `FormatParam`).
 */
import type { FindingLanguage, FindingTemplates } from './findingTemplates.ts';
import { type FindingCode, FINDINGS_EN } from './findingsEn.ts';
import { FINDINGS_ZH_CN } from './findingsZhCN.ts';

export type FindingParams = Record<string, string | number>;

/** Formats one param's value as text, by the param's name. */
export type FormatParam = (name: string, value: string | number) => string;

export const FINDING_TEMPLATES: Record<FindingLanguage, FindingTemplates> = {
  en: FINDINGS_EN,
  'zh-CN': FINDINGS_ZH_CN,
};

/** Params that name things: shown in double quotes, so that an id reads as an id. */
export const QUOTED_PARAMS: ReadonlySet<string> = new Set([
  'id',
  'suggestion',
  'key',
  'pool',
  'class',
  'step',
  'keepUntil',
  'waitStep',
  'waitPool',
  'flow',
  'other',
  'dayType',
]);

/** Numbers shown with a fixed number of decimals ("10.0 MB"); others as they are. */
export const PARAM_DECIMALS: Readonly<Record<string, number>> = { size: 1 };

/**
 * The model's own format: numbers as JavaScript writes them (as in the file), quoted
 * names. The app formats numbers in the UI language instead.
 */
export const plainParam: FormatParam = (name, value) => {
  if (typeof value === 'number') {
    const decimals = PARAM_DECIMALS[name];
    return decimals === undefined ? String(value) : value.toFixed(decimals);
  }
  return QUOTED_PARAMS.has(name) ? JSON.stringify(value) : value;
};

type Values = Record<string, string>;

interface Filled {
  text: string;
  /** Placeholders without a value, left as they are in `text`. */
  missing: string[];
}

function fill(template: string, values: Values): Filled {
  const missing: string[] = [];
  const text = template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) missing.push(name);
    return value ?? placeholder;
  });
  return { text, missing };
}

/** Fills a part; undefined when a value is missing, so that the part is left unsaid. */
function fillPart(template: string, values: Values): string | undefined {
  const filled = fill(template, values);
  return filled.missing.length === 0 ? filled.text : undefined;
}

function entry(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The params, formatted, plus the values made from parts of the templates. */
function valuesOf(params: FindingParams, templates: FindingTemplates, format: FormatParam): Values {
  const { parts } = templates;
  const values: Values = {};
  for (const [name, value] of Object.entries(params)) values[name] = format(name, value);
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined) values[name] = value;
  };
  if ('suggestion' in params)
    set('hint', params.suggestion ? fillPart(parts.didYouMean, values) : '');
  if ('class' in params) set('forClass', params.class ? fillPart(parts.forClass, values) : '');
  if (typeof params.expected === 'string') {
    const types = params.expected.split('|').map((type) => entry(parts.types, type) ?? type);
    values.expectedTypes = types.join(parts.or);
  }
  if (typeof params.received === 'string') {
    const template = entry(parts.values, params.received) ?? parts.values.other;
    set('receivedValue', fillPart(template, values));
  }
  if (typeof params.problem === 'string') {
    // A parser error without a template is shown by its name.
    values.problemText = entry(parts.jsonSyntax, params.problem) ?? params.problem;
  }
  if (typeof params.variant === 'string') {
    const rule = entry(parts.rules, params.variant);
    if (rule !== undefined) set('ruleText', fillPart(rule, values));
  }
  return values;
}

/** The template of a code and variant, if the templates have one. */
function templateOf(
  code: string,
  params: FindingParams,
  templates: FindingTemplates,
): string | undefined {
  if (!Object.hasOwn(templates.codes, code)) return undefined;
  const forCode = templates.codes[code]!;
  return typeof forCode === 'string'
    ? forCode
    : entry(forCode, String(params.variant ?? 'default'));
}

/**
 * A finding worded from `templates`, or undefined when they cannot fully say it (a code
 * or variant from a newer version, a param missing): the reader then shows the English
 * message rather than a half-filled sentence.
 */
export function wordFinding(
  code: string,
  params: FindingParams | undefined,
  templates: FindingTemplates,
  format: FormatParam,
): string | undefined {
  const given = params ?? {};
  const template = templateOf(code, given, templates);
  if (template === undefined) return undefined;
  return fillPart(template, valuesOf(given, templates, format));
}

/**
 * The English message of a finding the model reports: its `message`, which the command
 * line prints. Placeholders without a param stay visible ("{{name}}"), which the
 * catalogue's tests rule out.
 */
export function englishMessage(code: FindingCode, params: FindingParams = {}): string {
  const template = templateOf(code, params, FINDINGS_EN) ?? code;
  return fill(template, valuesOf(params, FINDINGS_EN, plainParam)).text;
}

/** The catalogue's language for a UI language: Chinese for any zh, English otherwise. */
export function findingLanguage(language: string): FindingLanguage {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
