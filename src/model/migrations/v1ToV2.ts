/**
 * Version 1 → 2: an exit carries an outcome. A version-1 exit was `"exit": true`, and
 * every visit that ended there counted as served; version 2 writes it as
 * `"exit": { "outcome": "completed" }`, which counts the same. `"exit": false` meant no
 * exit, which version 2 writes by leaving the field out. Anything else under `exit` is
 * left for the schema check to report where it is.
 *
 * Flows gain an optional `failing`; version-1 files have none, so flows are unchanged.
 */
import type { JsonObject, Migration } from './index.ts';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function liftStep(step: unknown): unknown {
  if (!isObject(step) || typeof step.exit !== 'boolean') return step;
  const { exit, ...rest } = step;
  if (!exit) return rest;
  // Keep the key where it was, so that a hand-written file keeps its order.
  return Object.fromEntries(
    Object.entries(step).map(([key, value]) =>
      key === 'exit' ? [key, { outcome: 'completed' }] : [key, value],
    ),
  );
}

export const v1ToV2: Migration = {
  from: 1,
  summary:
    'An exit carries an outcome: `"exit": true` becomes `"exit": { "outcome": "completed" }`, `"exit": false` is left out. Flows may be marked `failing`.',
  migrate(document) {
    if (!Array.isArray(document.steps)) return document;
    return { ...document, steps: document.steps.map(liftStep) };
  },
};
