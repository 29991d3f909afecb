/**
 * The blueprint file, version 4: the single source of the types, of validation and of
 * the published JSON Schema (`npm run schema` writes public/blueprint.schema.json).
 *
 * Nothing here has a default value: a parsed file holds exactly what was written, so
 * parse → serialise → parse is lossless. Defaults are applied by the readers that need
 * them (src/model/defaults.ts) and documented in the field descriptions.
 */
import { z } from 'zod';
import { Arrivals } from './arrivals.ts';
import { DayType } from './dayTypes.ts';
import { Calibration } from './calibration.ts';
import { CustomerClass } from './customerClass.ts';
import { Flow } from './flow.ts';
import { Lanes } from './lanes.ts';
import { CurrencyCode, Extensions, Id, LocalizedText, Timestamp } from './primitives.ts';
import { ResourcePool } from './resource.ts';
import { RunSettings } from './run.ts';
import { Step } from './step.ts';

export const FORMAT_NAME = 'blueprint-lab';
export const CURRENT_VERSION = 4;

const Phase = z
  .strictObject({ id: Id, label: LocalizedText, description: LocalizedText.optional() })
  .meta({
    title: 'Phase',
    description: 'A journey phase, drawn as a column (arrive, wait, serve, leave).',
  });

export const Blueprint = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'Address of the JSON Schema, for editors.' }),
    format: z.literal(FORMAT_NAME).meta({ description: 'Always "blueprint-lab".' }),
    version: z.literal(CURRENT_VERSION).meta({
      description: 'Format version. Older files are migrated on opening; newer ones are refused.',
    }),
    id: Id,
    name: LocalizedText,
    description: LocalizedText.optional(),
    author: z.string().optional(),
    created: Timestamp.optional(),
    updated: Timestamp.optional(),
    tags: z.array(z.string().min(1)).optional(),
    lanes: Lanes.optional(),
    phases: z.array(Phase).optional().meta({ description: 'Journey phases, left to right.' }),
    steps: z.array(Step),
    flows: z.array(Flow),
    resources: z.array(ResourcePool).optional().meta({ description: 'Resource pools.' }),
    currency: CurrencyCode.optional().meta({
      description:
        'New in version 4. The currency of the pools’ `costPerHour`, an ISO 4217 code ("CNY"): costs in the results are shown as money in it. Absent: costs are plain numbers in the currency of your choice.',
    }),
    classes: z.array(CustomerClass).optional().meta({
      description: 'Customer classes. Absent: one class of ordinary customers.',
    }),
    arrivals: Arrivals.optional().meta({
      description:
        'Arrivals shared among the classes by their `share` (all of them when there are no classes).',
    }),
    dayTypes: z.array(DayType).min(1).optional().meta({
      description:
        'Kinds of day the branch plans for, each with its arrivals and staffing (new in version 3). Absent: one kind of day, the blueprint as it is.',
    }),
    run: RunSettings.optional(),
    calibration: Calibration.optional().meta({
      description:
        'Provenance of the values fitted from a log: the log, its days, rows used and skipped, each value with its fit quality.',
    }),
    extensions: Extensions.optional(),
  })
  .meta({
    title: 'Blueprint Lab service blueprint',
    description:
      'A service blueprint: lanes, phases, steps and flows as drawn, and optionally what a simulation needs. Times are in minutes, times of day "HH:MM".',
  });

export type Blueprint = z.infer<typeof Blueprint>;
export type Phase = z.infer<typeof Phase>;
