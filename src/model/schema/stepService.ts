/**
 * Step fields added in format version 3, on who is served and whether they are there.
 * Kept apart from step.ts so that these additions read as one.
 */
import { z } from 'zod';

export const CustomerPresent = z.boolean().meta({
  description:
    "false: the customer is not here while this step waits and runs, only their file is (back-office underwriting, the applicant at home): the queue here is not subject to the customer's patience or balking. Default true.",
});
