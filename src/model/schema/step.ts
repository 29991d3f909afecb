import { z } from 'zod';
import { ClassDurations, ClassFailureChances, CustomerPresent } from './stepService.ts';
import { Distribution } from './distribution.ts';
import { Batch, MissedCall } from './stepCalls.ts';
import { LaneIdSchema } from './lanes.ts';
import { Extensions, Id, LocalizedText, Probability } from './primitives.ts';
import { MAX_POOL_CAPACITY } from './resource.ts';
import { OUTCOMES, STEP_KINDS } from '../constants.ts';

// Defined without zod (constants.ts) so that the simulator can use them without the schema.
export {
  type ExitOutcome,
  type StepKind,
  OUTCOMES,
  PROCESS_STEP_KINDS,
  STEP_KINDS,
} from '../constants.ts';

const Exit = z
  .strictObject({
    outcome: z.enum(OUTCOMES).meta({
      description:
        'How the visit ended: completed (the service was delivered), rejected (the bank turned the request down: not eligible, loan declined), withdrawn (the customer went away without the service by choice: to think it over, declined an offer), complaint (the visit ended in a complaint), referred (sent elsewhere: another branch, department or appointment).',
    }),
    label: LocalizedText.optional().meta({
      description: 'A name for this way out, shown with the outcome ("not eligible").',
    }),
  })
  .meta({
    description:
      'The visit ends after this step, with this outcome. A process step without flows out should be an exit.',
  });

const DesignerMark = z
  .strictObject({
    note: LocalizedText.optional().meta({ description: 'Why the designer marked it.' }),
  })
  .meta({ description: 'Present when the designer marks the step; the object may be empty.' });

const Position = z
  .strictObject({
    x: z.number().meta({ description: 'Left edge, in canvas units from the left of the canvas.' }),
    y: z.number().meta({ description: 'Top edge, in canvas units from the top of its lane.' }),
  })
  .meta({
    description:
      'Where the step is drawn. y is measured from the top of the lane, so the lane decides the band and moving a lane never moves a step out of it.',
  });

const ResourceNeed = z
  .strictObject({
    pool: Id.meta({ description: 'Id of the resource pool.' }),
    units: z
      .int()
      .min(1)
      .max(MAX_POOL_CAPACITY)
      .optional()
      .meta({ description: 'Units held for the whole step (at most 1 000 000). Default 1.' }),
    keepUntil: Id.optional().meta({
      description:
        'Keep the units after this step, through the steps that follow, until the customer finishes the named step (the same teller stays with the customer while they enter a PIN and the system posts). Absent: released when this step ends.',
    }),
    sameUnitAs: Id.optional().meta({
      description:
        'New in version 4. The customer waits for the unit of the pool that served them at the named step, the last time they were there (the account manager who took the application also explains the contract; back from rework, the same teller): not for any unit. The named step must use the same pool; it may be this step itself (a second visit). A customer who was not served there, or whose unit is off shift, takes any unit. Absent: any unit.',
    }),
    booked: z.boolean().optional().meta({
      description:
        'New in version 4. true: the customer comes to this step by appointment, booked with the pool (with sameUnitAs: with their own unit, the loan officer who keeps the case) for its next free time: nobody gives up or turns away in this queue (patience and balkAt do not apply), and a booked customer is called ahead of the walk-ins of their priority, booked customers among themselves first come first served. The wait here is the time until the booked slot. A delay before the visit (back the next day) is a customer step with a duration before this one. Default false: the customer queues as a walk-in.',
    }),
  })
  .meta({
    description:
      'The pool this step needs: the customer waits until the units are free (a wait point) and holds them while the step takes its time.',
  });

const OnFailure = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('retry'),
      maxRetries: z.int().min(1).optional().meta({
        description: 'After this many failed retries the customer leaves. Default: no limit.',
      }),
    }),
    z.strictObject({
      action: z.literal('goto'),
      step: Id.meta({ description: 'Step the customer is sent back (or on) to.' }),
      rejoin: z.enum(['back', 'front']).optional().meta({
        description:
          'Where the customer queues the next time they wait for a pool: back (the default: behind everyone, as with a new ticket) or front (called next, ahead of everyone of their priority: the window takes back a customer who went to correct a slip). New in version 3.',
      }),
    }),
    z.strictObject({ action: z.literal('leave') }),
  ])
  .meta({
    description:
      'What follows a failure: retry (the step is done again at once by the same server), goto (the customer goes to the named step, queueing again if it needs a pool), or leave (the customer gives up, counted as abandoned).',
  });

const Failure = z
  .strictObject({
    probability: Probability.meta({ description: 'Chance that one attempt at the step fails.' }),
    classProbability: ClassFailureChances.optional(),
    then: OnFailure,
  })
  .meta({
    description:
      'The step can go wrong: a measured fail point. Checked after each attempt, which takes the full duration.',
  });

export const Step = z
  .strictObject({
    id: Id,
    kind: z.enum(STEP_KINDS).meta({
      description:
        'action: someone does something; decision: the flow branches here (takes no time unless it has a duration); evidence: something the customer sees or holds; note: a comment. Evidence and notes are not simulated.',
    }),
    lane: LaneIdSchema,
    phase: Id.optional().meta({ description: 'Id of the journey phase (column).' }),
    label: LocalizedText,
    description: LocalizedText.optional(),
    position: Position.optional(),
    failPoint: DesignerMark.optional().meta({
      description: "The designer's F mark: the service can go wrong here.",
    }),
    waitPoint: DesignerMark.optional().meta({
      description: "The designer's W mark: customers wait here.",
    }),
    exit: Exit.optional(),
    duration: Distribution.optional().meta({
      description: 'How long the step takes, in minutes. Absent: it takes no time.',
    }),
    classDuration: ClassDurations.optional(),
    customerPresent: CustomerPresent.optional(),
    resource: ResourceNeed.optional(),
    failure: Failure.optional(),
    missedCall: MissedCall.optional(),
    batch: Batch.optional(),
    extensions: Extensions.optional(),
  })
  .meta({ title: 'Step', description: 'One box of the blueprint.' });

export type Step = z.infer<typeof Step>;
