/**
 * Step fields added in format version 3, on who is served and whether they are there.
 * Kept apart from step.ts so that these additions read as one.
 */
import { z } from 'zod';
import { Distribution } from './distribution.ts';
import { Id, Probability } from './primitives.ts';

export const ClassDurations = z.record(Id, Distribution).meta({
  description:
    'How long the step takes for the named classes, in minutes, overriding `duration` for them (a VIP served at more length). Keys are class ids; other classes take `duration`.',
});

export const ClassFailureChances = z.record(Id, Probability).meta({
  description:
    'Chance that one attempt fails for the named classes, overriding `probability` for them: one fail point for "3 % of A, 25 % of C are turned down". Keys are class ids.',
});

export const CustomerPresent = z.boolean().meta({
  description:
    "false: the customer is not here while this step waits and runs, only their file is (back-office underwriting, the applicant at home): the queue here is not subject to the customer's patience or balking. Default true.",
});
