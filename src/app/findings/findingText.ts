/**
 * A finding in the UI's language, worded from the model's catalogue
 * (src/model/wording: the same templates give the command line's English) with the
 * numbers in the UI language's format. A finding the catalogue cannot fully say (a code
 * from a newer version, a param missing) is shown with its English message rather than
 * half-filled.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FINDING_TEMPLATES,
  type Finding,
  type FindingTemplates,
  type FormatParam,
  PARAM_DECIMALS,
  QUOTED_PARAMS,
  findingLanguage,
  wordFinding,
} from '../../model/index.ts';

/** Numbers in the language's digits, names quoted as the English quotes them. */
function formatIn(language: string): FormatParam {
  return (name, value) => {
    if (typeof value === 'number') {
      const decimals = PARAM_DECIMALS[name];
      // No grouping: limits such as 4294967295 and indexes read as in the file.
      return new Intl.NumberFormat(language, {
        useGrouping: false,
        maximumFractionDigits: decimals ?? 6,
        ...(decimals === undefined ? {} : { minimumFractionDigits: decimals }),
      }).format(value);
    }
    return QUOTED_PARAMS.has(name) ? JSON.stringify(value) : value;
  };
}

/** The catalogue's templates for a UI language; English for any language it lacks. */
export function templatesFor(language: string): FindingTemplates {
  return FINDING_TEMPLATES[findingLanguage(language)];
}

/** The finding's text from these templates, or its English message when they cannot say it. */
export function findingText(
  finding: Finding,
  language: string,
  templates: FindingTemplates = templatesFor(language),
): string {
  return (
    wordFinding(finding.code, finding.params, templates, formatIn(language)) ?? finding.message
  );
}

/** findingText in the current UI language. */
export function useFindingText(): (finding: Finding) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback((finding: Finding) => findingText(finding, language), [language]);
}
