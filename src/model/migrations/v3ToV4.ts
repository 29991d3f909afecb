/**
 * Version 3 → 4: fields added for the branch's levers (issue 13). Every one is optional
 * and means what version 3 did when absent, so a version-3 document is already a
 * version-4 one: only its `version` changes, which the chain sets.
 */
import type { Migration } from './index.ts';

export const v3ToV4: Migration = {
  from: 3,
  summary:
    'Version-3 files are unchanged. New, optional: a pool may also serve other pools’ queues when idle (alsoServes); a pool may call other pools’ queues before its own (servesFirst: VIP tickets first at every teller window); a step’s missedCall (missed tickets, 过号, and their recall); a step’s batch (done as one batch a day at a time of day, the voucher filing at day end); a step’s resource.sameUnitAs (the same unit of the pool as at an earlier step: the same adviser for a whole case); a step’s resource.booked (the customer comes by appointment: nobody gives up there, and booked customers are called ahead of walk-ins); the blueprint’s currency (currency: an ISO 4217 code such as CNY, in which the results show costs); a class’s patienceShift (minutes of each wait in which nobody gives up).',
  migrate: (document) => document,
};
