/**
 * What a catalogue of finding wordings holds: one template per finding code (one per
 * `params.variant` when the code has several wordings, "default" when the finding has
 * none) and the parts that templates are built from. findingText.ts fills them.
 */

/** The languages the catalogue words findings in. */
export type FindingLanguage = 'en' | 'zh-CN';

export interface FindingTemplates {
  codes: Record<string, string | Record<string, string>>;
  parts: {
    /** `hint`: the "did you mean" when there is a suggestion. */
    didYouMean: string;
    /** `forClass`: when the finding is about one customer class. */
    forClass: string;
    /** Joins the `expectedTypes`. */
    or: string;
    /** `expectedTypes`: the JSON types a wrong value should have had. */
    types: Record<string, string>;
    /** `receivedValue`: the kind of value given instead, by `params.received`. */
    values: Record<string, string> & { other: string };
    /** `problemText`: the JSON parser's error, by its name in `params.problem`. */
    jsonSyntax: Record<string, string>;
    /** `ruleText`: the schema rule a pattern or cross-field check broke, by `params.variant`. */
    rules: Record<string, string>;
  };
}
