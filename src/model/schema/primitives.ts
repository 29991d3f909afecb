/**
 * Small building blocks shared by every part of the blueprint schema.
 * Each carries a description: it becomes the documentation in the published JSON Schema.
 */
import { z } from 'zod';
import { FINDINGS_EN } from '../wording/findingsEn.ts';

/** The rules' messages come from the findings' catalogue, which words them in every language. */
const RULE_TEXT = FINDINGS_EN.parts.rules;

/**
 * Identifiers are ASCII so that they are safe in JSON paths, CSV logs and the command
 * line's `--set resources.tellers.capacity=4`. Labels carry the human (and Chinese) names.
 */
export const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/**
 * Ids key objects in the results and in `classProbability`; in JavaScript an own property
 * named `__proto__` is lost on assignment (it sets the prototype instead), so a step,
 * pool or class of that name would vanish from the results. The one name is refused.
 */
export const RESERVED_ID = '__proto__';

/** Whether a text may be used as an id (the same rule as the schema's `Id`, for editors). */
export function isValidId(text: string): boolean {
  return ID_PATTERN.test(text) && text !== RESERVED_ID;
}

export const Id = z
  .string()
  .regex(ID_PATTERN, {
    message: RULE_TEXT.id,
  })
  .regex(/^(?!__proto__$)/, { message: RULE_TEXT['reserved-id'] })
  .meta({
    description:
      'Identifier, unique within its list: a letter or _ then letters, digits, _ or - (at most 64), not "__proto__".',
  });

/** "HH:MM" from 00:00 to 24:00 inclusive; 24:00 is the end of the day. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const TimeOfDay = z
  .string()
  .regex(TIME_OF_DAY_PATTERN, { message: RULE_TEXT['time-of-day'] })
  .meta({ description: 'A time of day, "HH:MM" on a 24-hour clock (00:00 to 24:00).' });

const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Text shown to people: a plain string, or the same text in several languages keyed by
 * BCP 47 tag ({"en": "Teller", "zh-CN": "柜员"}). Readers pick the user's language and
 * fall back to English, then to the first entry.
 */
export const LocalizedText = z
  .union([
    z.string(),
    z
      .record(
        z.string().regex(LANGUAGE_TAG_PATTERN, {
          message: RULE_TEXT['language-tag'],
        }),
        z.string(),
      )
      .refine((texts) => Object.keys(texts).length > 0, {
        message: RULE_TEXT['text-language'],
      }),
  ])
  .meta({
    description:
      'Text for people: a string, or an object of translations keyed by language tag, e.g. {"en": "Teller", "zh-CN": "柜员"}.',
  });

export const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: RULE_TEXT.colour })
  .meta({ description: 'A colour as "#RRGGBB".' });

/** Upper case only, so that a file names its currency one way ("CNY", never "cny"). */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: RULE_TEXT.currency })
  .meta({ description: 'An ISO 4217 currency code, three capital letters: "CNY", "USD", "EUR".' });

export const Probability = z
  .number()
  .min(0)
  .max(1)
  .meta({ description: 'A probability from 0 to 1.' });

export const Minutes = z
  .number()
  .nonnegative()
  .meta({ description: 'A duration in minutes (0 or more).' });

export const PositiveMinutes = z
  .number()
  .positive()
  .meta({ description: 'A duration in minutes, greater than 0.' });

/** ISO 8601 date ("2026-11-23") or date-time with offset ("2026-11-23T09:30:00Z"). */
export const Timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, {
    message: RULE_TEXT.timestamp,
  })
  .meta({ description: 'An ISO 8601 date or date-time with offset.' });

/**
 * Data other tools keep in a blueprint. Blueprint Lab preserves it unchanged and never
 * reads it: the one place where unknown properties are allowed (elsewhere they are
 * errors, so that a misspelt field is caught instead of silently ignored).
 */
export const Extensions = z.record(z.string(), z.json()).meta({
  description:
    'Free-form data for other tools, kept unchanged. Use a key that names your tool, e.g. {"acme-crm": {...}}.',
});

export { minutesOfDay } from '../constants.ts';
