/**
 * Version 2 → 3: a step's service may differ by customer class (`classDuration`,
 * `failure.classProbability`), and a step may be marked as going on without the
 * customer (`customerPresent: false`). The new fields are optional and mean what version 2 did
 * when absent, so a version-2 document is already a version-3 one: only its `version`
 * changes, which the chain sets.
 */
import type { Migration } from './index.ts';

export const v2ToV3: Migration = {
  from: 2,
  summary:
    'A step may take its own duration (`classDuration`) or chance of failing (`failure.classProbability`) for named classes, and may go on without the customer (`customerPresent: false`: nobody reneges or balks at its queue). Version-2 files are unchanged.',
  migrate: (document) => document,
};
