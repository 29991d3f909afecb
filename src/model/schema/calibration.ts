/**
 * Provenance of values fitted from a branch's log (`blueprint-lab calibrate`, the app's
 * Calibrate dialog): which log, which days, how many rows were used and skipped, and for
 * each value written into the blueprint where it went and how well it fits. Optional and
 * never read by the simulator: a file without it is the same blueprint, and a reader
 * sees at once which figures are measured and which are still guesses.
 */
import { z } from 'zod';
import { Timestamp } from './primitives.ts';

const Count = z.int().nonnegative();

const Interval = z
  .strictObject({ value: z.number(), lower: z.number(), upper: z.number() })
  .meta({ description: 'An estimate and the bounds of its confidence interval.' });

const FittedValue = z
  .strictObject({
    target: z.string().min(1).meta({
      description:
        'Where the value went, as a path: "arrivals", "steps.f-count.duration", "resources.tellers.schedule", "steps.f-count.classDuration.vip", "classes.retail.patience", "classes.retail.share", "flows.a--b.probability", "steps.f-doc-check.failure.probability".',
    }),
    quantity: z.enum(['arrivals', 'service', 'patience', 'capacity', 'share', 'probability']),
    from: z.array(z.string()).optional().meta({
      description: 'The business types or activities of the log the value comes from.',
    }),
    observations: Count.meta({
      description: 'Observations behind the value (tickets, durations, waits, dates).',
    }),
    distribution: z.string().optional().meta({
      description: 'The family chosen by AICc (service times) or fitted (patience: exponential).',
    }),
    runnerUp: z.string().optional().meta({ description: 'The second family by AICc.' }),
    deltaAic: z.number().optional().meta({
      description: "The runner-up's AICc (AIC corrected for small samples) minus the best's.",
    }),
    ksDistance: z.number().optional().meta({
      description: 'Kolmogorov–Smirnov D of the chosen fit: the largest gap in cumulative share.',
    }),
    ksP: z.number().optional().meta({ description: 'The K–S p-value (optimistic: see docs).' }),
    mean: Interval.optional().meta({
      description:
        'The mean (minutes; per hour for arrivals, over the day) or share, with its interval.',
    }),
    span: z
      .strictObject({
        steps: z.array(z.string()).min(1).meta({
          description: 'The steps of the held span, the holding step first.',
        }),
        until: z.string().meta({ description: 'The step whose end releases the unit.' }),
        scale: z.number().positive().meta({
          description: "The factor every step's duration was multiplied by.",
        }),
      })
      .optional()
      .meta({
        description:
          "A queue-ticket log's service time covering a held span (keepUntil): `mean` is the span's mean total, spread over its steps by one factor (docs/calibration-methods.md, 9.1).",
      }),
  })
  .meta({ title: 'Fitted value', description: 'One value written by a calibration.' });

export const Calibration = z
  .strictObject({
    log: z.string().min(1).meta({ description: 'The log file name (not its path).' }),
    kind: z.enum(['queue', 'event']).meta({ description: 'A queue-ticket log or an event log.' }),
    firstDay: Timestamp.optional().meta({ description: 'The first day of the rows used.' }),
    lastDay: Timestamp.optional().meta({ description: 'The last day of the rows used.' }),
    days: Count.meta({ description: 'Distinct days with rows used.' }),
    rows: Count.meta({ description: 'Data rows read.' }),
    used: Count.meta({ description: 'Rows used.' }),
    skipped: z
      .record(z.string(), Count)
      .meta({ description: 'Rows skipped, by reason code (docs/calibration-logs.md, 5).' }),
    confidence: z.number().gt(0).lt(1).meta({ description: 'Of every interval, e.g. 0.95.' }),
    values: z.array(FittedValue),
  })
  .meta({
    title: 'Calibration',
    description:
      'Where fitted values came from: the log, its days, rows used and skipped, and each value with its fit quality. Not read by the simulator.',
  });

export type Calibration = z.infer<typeof Calibration>;
export type CalibratedValue = z.infer<typeof FittedValue>;
