/**
 * A finding in the UI's language: its code picks a template (messages.ts), its params
 * fill it. The model words every finding in English for the command line; the app
 * rewords it here. A finding the templates cannot fully say (a code from a newer
 * version, a param missing) is shown with its English message rather than half-filled.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';
import { type FindingTemplates, findingMessages } from './messages.ts';

/** Params that name things: shown in double quotes, as the English messages do. */
const QUOTED = new Set([
  'id',
  'suggestion',
  'key',
  'pool',
  'class',
  'step',
  'keepUntil',
  'waitStep',
  'waitPool',
]);

/** Number formats that differ from the plain one ("10.0 MB" keeps its decimal). */
const NUMBER_FORMATS: Record<string, Intl.NumberFormatOptions> = {
  size: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
};

type Values = Record<string, string>;

/** Fills {{name}} placeholders; undefined when a value is missing. */
function fill(template: string, values: Values): string | undefined {
  let complete = true;
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
}

function entry(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function formatParam(name: string, value: string | number, language: string): string {
  if (typeof value === 'number') {
    // No grouping: limits such as 4294967295 and indexes read as in the file.
    return new Intl.NumberFormat(language, {
      useGrouping: false,
      maximumFractionDigits: 6,
      ...NUMBER_FORMATS[name],
    }).format(value);
  }
  return QUOTED.has(name) ? JSON.stringify(value) : value;
}

/** The params, formatted, plus the values made from parts of the templates. */
function valuesOf(finding: Finding, templates: FindingTemplates, language: string): Values {
  const params = finding.params ?? {};
  const { parts } = templates;
  const values: Values = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = formatParam(name, value, language);
  }
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined) values[name] = value;
  };
  if ('suggestion' in params) set('hint', params.suggestion ? fill(parts.didYouMean, values) : '');
  if ('class' in params) set('forClass', params.class ? fill(parts.forClass, values) : '');
  if (typeof params.expected === 'string') {
    const types = params.expected.split('|').map((type) => entry(parts.types, type) ?? type);
    values.expectedTypes = types.join(parts.or);
  }
  if (typeof params.received === 'string') {
    set('receivedValue', fill(entry(parts.values, params.received) ?? parts.values.other, values));
  }
  if (typeof params.problem === 'string') {
    // A parser error without a template is shown by its name, as in English.
    values.problemText = entry(parts.jsonSyntax, params.problem) ?? params.problem;
  }
  if (typeof params.variant === 'string') {
    const rule = entry(parts.rules, params.variant);
    if (rule !== undefined) set('ruleText', fill(rule, values));
  }
  return values;
}

/** The finding's text from these templates, or its English message when they cannot say it. */
export function findingText(
  finding: Finding,
  language: string,
  templates: FindingTemplates = templatesFor(language),
): string {
  const forCode = templates.codes[finding.code];
  if (forCode === undefined || !Object.hasOwn(templates.codes, finding.code)) {
    return finding.message;
  }
  const variant = String(finding.params?.variant ?? 'default');
  const template = typeof forCode === 'string' ? forCode : entry(forCode, variant);
  if (template === undefined) return finding.message;
  return fill(template, valuesOf(finding, templates, language)) ?? finding.message;
}

/** The bundled templates of a UI language; English for any other. */
export function templatesFor(language: string): FindingTemplates {
  return language.toLowerCase().startsWith('zh') ? findingMessages.zhCN : findingMessages.en;
}

/** findingText in the current UI language, with the templates the i18n resources hold. */
export function useFindingText(): (finding: Finding) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (finding: Finding) => {
      const templates = i18n.getResource(language, 'translation', 'findings') as
        FindingTemplates | undefined;
      return findingText(finding, language, templates ?? templatesFor(language));
    },
    [i18n, language],
  );
}
