/**
 * The random streams a replication's customers draw from as they move through the steps:
 * per step a duration, a failure, a route and a background stream, per class a patience
 * stream. Each is seeded from its name (random.ts), so a stream made only where something
 * draws from it gives the same numbers; seeding them all cost a tenth of a short business
 * day.
 */
import { type CompiledModel, durationOf, failChanceOf } from './model.ts';
import { Random } from './random.ts';

/** Per step (per class for patience): the stream, or null where nothing draws from it. */
export interface FlowStreams {
  duration: (Random | null)[];
  failure: (Random | null)[];
  route: (Random | null)[];
  background: (Random | null)[];
  patience: (Random | null)[];
}

/** The stream called `name` of this replication when `used`, else null. */
export function streamIfUsed(
  seed: number,
  replication: number,
  used: boolean,
  name: string,
): Random | null {
  return used ? new Random(seed, replication, name) : null;
}

export function flowStreams(model: CompiledModel, seed: number, replication: number): FlowStreams {
  const stream = (used: boolean, name: string): Random | null =>
    streamIfUsed(seed, replication, used, name);
  const { steps, classes } = model;
  return {
    duration: steps.map((s) =>
      stream(
        classes.some((_, k) => durationOf(s, k) !== null),
        `step:${s.id}:duration`,
      ),
    ),
    failure: steps.map((s) =>
      stream(
        classes.some((_, k) => failChanceOf(s, k) > 0),
        `step:${s.id}:failure`,
      ),
    ),
    route: steps.map((s) =>
      stream(
        s.routes.some((route) => route.targets.length > 1),
        `step:${s.id}:route`,
      ),
    ),
    background: steps.map((s) => stream(s.background.length > 0, `step:${s.id}:background`)),
    patience: classes.map((c) => stream(c.patience !== null, `class:${c.id}:patience`)),
  };
}
