/**
 * A finding in the UI's language, worded from the model's catalogue
 * (src/model/wording: the same templates give the command line's English) with the
 * numbers in the UI language's format, and the steps of the open blueprint named by their
 * names in that language (the core gives ids; a designer knows "Count cash", not
 * "f-count"). A finding the catalogue cannot fully say (a code from a newer version, a
 * param missing) is shown with its English message rather than half-filled.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Blueprint,
  FINDING_TEMPLATES,
  type Finding,
  type FindingTemplates,
  type FormatParam,
  PARAM_DECIMALS,
  QUOTED_PARAMS,
  findingLanguage,
  textIn,
  wordFinding,
} from '../../model/index.ts';

/** The params that hold a step's id. */
const STEP_PARAMS: ReadonlySet<string> = new Set(['step', 'keepUntil', 'waitStep']);

/**
 * Each step's name in the language, by id; "name (id)" where two steps share a name, so
 * the finding still says which.
 */
export function stepNamesIn(blueprint: Blueprint, language: string): ReadonlyMap<string, string> {
  const named = blueprint.steps.map((step) => [step.id, textIn(step.label, language).trim()]);
  const uses = new Map<string, number>();
  for (const [, name] of named) uses.set(name!, (uses.get(name!) ?? 0) + 1);
  return new Map(
    named.map(([id, name]) => [id!, !name ? id! : uses.get(name)! > 1 ? `${name} (${id})` : name]),
  );
}

/**
 * Numbers in the language's digits, names quoted as the English quotes them, a step's id
 * replaced by its name where `stepNames` knows it.
 */
function formatIn(language: string, stepNames?: ReadonlyMap<string, string>): FormatParam {
  return (name, value) => {
    if (typeof value === 'string' && STEP_PARAMS.has(name)) {
      const stepName = stepNames?.get(value);
      if (stepName !== undefined) return JSON.stringify(stepName);
    }
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

/**
 * The finding's text from these templates, or its English message when they cannot say
 * it. `stepNames` (stepNamesIn): the names of the blueprint the finding is about.
 */
export function findingText(
  finding: Finding,
  language: string,
  templates: FindingTemplates = templatesFor(language),
  stepNames?: ReadonlyMap<string, string>,
): string {
  return (
    wordFinding(finding.code, finding.params, templates, formatIn(language, stepNames)) ??
    finding.message
  );
}

/**
 * findingText in the current UI language; with `blueprint`, the blueprint the findings
 * are about, its steps named by their names.
 */
export function useFindingText(blueprint?: Blueprint | null): (finding: Finding) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const stepNames = useMemo(
    () => (blueprint ? stepNamesIn(blueprint, language) : undefined),
    [blueprint, language],
  );
  return useCallback(
    (finding: Finding) => findingText(finding, language, templatesFor(language), stepNames),
    [language, stepNames],
  );
}
