/**
 * Probability distributions for durations (service times, patience, lateness), all in
 * minutes. Parameterised the way people who time a counter think: by mean and spread.
 */
import { z } from 'zod';
import { FINDINGS_EN } from '../wording/findingsEn.ts';

/** The rules' messages come from the findings' catalogue, which words them in every language. */
const RULE_TEXT = FINDINGS_EN.parts.rules;

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

const Fixed = z
  .strictObject({ type: z.literal('fixed'), value: nonNegative })
  .meta({ title: 'Fixed', description: 'Always exactly `value` minutes.' });

const Uniform = z
  .strictObject({ type: z.literal('uniform'), min: nonNegative, max: nonNegative })
  .refine((d) => d.min <= d.max, { message: RULE_TEXT['min-max'], path: ['max'] })
  .meta({ title: 'Uniform', description: 'Equally likely anywhere from `min` to `max` minutes.' });

const Triangular = z
  .strictObject({
    type: z.literal('triangular'),
    min: nonNegative,
    mode: nonNegative,
    max: nonNegative,
  })
  .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, {
    message: RULE_TEXT.triangle,
    path: ['mode'],
  })
  .meta({
    title: 'Triangular',
    description: 'From `min` to `max`, most often near `mode`: the usual "best, likely, worst".',
  });

const Exponential = z
  .strictObject({ type: z.literal('exponential'), mean: positive })
  .meta({ title: 'Exponential', description: 'Memoryless, with the given mean (cv = 1).' });

const Normal = z
  .strictObject({ type: z.literal('normal'), mean: nonNegative, sd: nonNegative })
  .meta({
    title: 'Normal (truncated at 0)',
    description:
      'Normal with `mean` and standard deviation `sd`, redrawn when negative (so the realised mean is a little higher when sd is large against mean).',
  });

const Lognormal = z
  .strictObject({ type: z.literal('lognormal'), mean: positive, sd: nonNegative })
  .meta({
    title: 'Lognormal',
    description:
      'Right-skewed, as counter service times usually are; `mean` and `sd` are those of the duration itself, not of its logarithm.',
  });

const Gamma = z.strictObject({ type: z.literal('gamma'), mean: positive, cv: positive }).meta({
  title: 'Gamma / Erlang',
  description:
    'Gamma with `mean` and coefficient of variation `cv` (sd / mean). With cv = 1/√k it is Erlang-k; cv = 1 is exponential.',
});

const Empirical = z
  .strictObject({
    type: z.literal('empirical'),
    values: z.array(nonNegative).min(1),
    weights: z.array(nonNegative).min(1).optional(),
  })
  .refine((d) => d.weights === undefined || d.weights.length === d.values.length, {
    message: RULE_TEXT['weights-count'],
    path: ['weights'],
  })
  .refine((d) => d.weights === undefined || d.weights.some((w) => w > 0), {
    message: RULE_TEXT['weights-positive'],
    path: ['weights'],
  })
  .meta({
    title: 'Empirical',
    description:
      'Observed durations, each drawn with equal chance or with the given `weights` (relative, need not sum to 1).',
  });

export const Distribution = z
  .discriminatedUnion('type', [
    Fixed,
    Uniform,
    Triangular,
    Exponential,
    Normal,
    Lognormal,
    Gamma,
    Empirical,
  ])
  .meta({ description: 'A random duration in minutes.' });

export type Distribution = z.infer<typeof Distribution>;
export type DistributionType = Distribution['type'];

export const DISTRIBUTION_TYPES: readonly DistributionType[] = [
  'fixed',
  'uniform',
  'triangular',
  'exponential',
  'normal',
  'lognormal',
  'gamma',
  'empirical',
];
