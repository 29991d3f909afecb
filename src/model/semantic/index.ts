/**
 * Semantic checks: the file reads, but do its parts fit together?
 *
 * Errors are what make a blueprint impossible to simulate as written (a reference to
 * nothing, probabilities that do not add up, a pool that can never serve). Warnings are
 * what is probably a mistake but has a documented meaning (a dead end ends the visit,
 * branches without probabilities are equally likely). See docs/blueprint-format.md.
 */
import type { Blueprint } from '../schema/blueprint.ts';
import type { Finding, Locate } from '../findings.ts';
import { checkAlsoServes } from './alsoServes.ts';
import { checkBatches } from './batch.ts';
import { checkBooked } from './booked.ts';
import { checkConditions } from './conditions.ts';
import { type Check, createContext } from './context.ts';
import { checkDayTypes } from './dayTypes.ts';
import { checkHoldAndWait } from './holdAndWait.ts';
import { checkDuplicateIds } from './ids.ts';
import { checkCertainLoops } from './loops.ts';
import { checkReachability } from './reachability.ts';
import { checkReferences } from './references.ts';
import { checkResources } from './resources.ts';
import { checkRouting } from './routing.ts';
import { checkRunaway } from './runaway.ts';
import { checkSameUnit } from './sameUnit.ts';
import { checkSimulationSettings } from './simulation.ts';

const CHECKS: readonly Check[] = [
  checkDuplicateIds,
  checkReferences,
  checkRouting,
  checkConditions,
  checkReachability,
  checkCertainLoops,
  checkResources,
  checkAlsoServes,
  checkDayTypes,
  checkHoldAndWait,
  checkSimulationSettings,
  checkBatches,
  checkBooked,
  checkSameUnit,
  checkRunaway,
];

export function checkSemantics(blueprint: Blueprint, locate?: Locate): Finding[] {
  const findings: Finding[] = [];
  const context = createContext(blueprint, findings, locate);
  for (const check of CHECKS) check(context);
  return findings;
}
