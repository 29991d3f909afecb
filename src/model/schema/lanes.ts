/**
 * The five standard lanes of a service blueprint, top to bottom, and the three lines
 * drawn between them (Shostack 1984; Bitner, Ostrom & Morgan 2008). The order and the
 * lines are part of the notation, so they are fixed here rather than stored per file.
 */
import { z } from 'zod';
import { LocalizedText } from './primitives.ts';

export const LANE_IDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const;
export type LaneId = (typeof LANE_IDS)[number];

export const LaneIdSchema = z.enum(LANE_IDS).meta({
  description:
    'One of the five standard lanes: evidence (physical evidence), customer (customer actions), frontstage, backstage, support (support processes).',
});

export const LINE_IDS = ['interaction', 'visibility', 'internalInteraction'] as const;
export type LineId = (typeof LINE_IDS)[number];

/** Each line lies between the lane above and the lane below it. */
export const LINES: readonly { id: LineId; above: LaneId; below: LaneId }[] = [
  { id: 'interaction', above: 'customer', below: 'frontstage' },
  { id: 'visibility', above: 'frontstage', below: 'backstage' },
  { id: 'internalInteraction', above: 'backstage', below: 'support' },
];

export const LaneSettings = z
  .strictObject({
    label: LocalizedText.optional().meta({
      description: 'A name to show instead of the standard one.',
    }),
    height: z
      .number()
      .min(40)
      .max(2000)
      .optional()
      .meta({ description: 'Height of the lane band on the canvas, in canvas units.' }),
  })
  .meta({ description: 'How one lane is shown. The lane itself always exists.' });

export const Lanes = z
  .partialRecord(LaneIdSchema, LaneSettings)
  .meta({ description: 'Optional display settings per lane, keyed by lane id.' });
