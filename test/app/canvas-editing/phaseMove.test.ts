/**
 * Picking a step's phase in the inspector moves the step into that phase's column: on
 * every example, for every step and every other phase, the step then stands in its
 * column, no seam between two phases runs through a box, and no two boxes of a lane meet.
 * Before, the step stayed where it stood and the seam cut it in two.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../../src/model/index.ts';
import { STEP_HEIGHT, STEP_WIDTH } from '../../../src/app/diagram/geometry.ts';
import { movesIntoPhase } from '../../../src/app/diagram/phaseMove.ts';
import { layoutPhases } from '../../../src/app/diagram/phases.ts';
import { placeSteps } from '../../../src/app/diagram/placement.ts';
import { moveSteps } from '../../../src/app/editor/commands/steps.ts';
import { loadedExamples, makeBlueprint } from '../blueprints.ts';

/** What is wrong with the drawing of `blueprint`, in words a failing test prints. */
function problems(blueprint: Blueprint, movedId: string): string[] {
  const placements = placeSteps(blueprint);
  const columns = layoutPhases(blueprint, placements);
  const found: string[] = [];
  const moved = blueprint.steps.findIndex((step) => step.id === movedId);
  const middle = placements[moved]!.x + STEP_WIDTH / 2;
  const own = columns.find((column) => column.id === blueprint.steps[moved]!.phase)!;
  if (middle < own.left || middle >= own.right) found.push(`${movedId} outside ${own.id}`);
  for (const seam of columns.slice(0, -1).map((column) => column.right)) {
    blueprint.steps.forEach((step, index) => {
      const x = placements[index]!.x;
      if (step.phase !== undefined && x < seam - 0.5 && seam + 0.5 < x + STEP_WIDTH)
        found.push(`seam at ${seam} cuts ${step.id}`);
    });
  }
  blueprint.steps.forEach((a, i) =>
    blueprint.steps.forEach((b, j) => {
      const p = placements[i]!;
      const q = placements[j]!;
      const overlap =
        p.x < q.x + STEP_WIDTH &&
        q.x < p.x + STEP_WIDTH &&
        p.y < q.y + STEP_HEIGHT &&
        q.y < p.y + STEP_HEIGHT;
      if (i < j && a.lane === b.lane && overlap && (a.id === movedId || b.id === movedId))
        found.push(`${a.id} covers ${b.id}`);
    }),
  );
  return found;
}

function withPhase(blueprint: Blueprint, stepId: string, phaseId: string): Blueprint {
  const draft = structuredClone(blueprint);
  moveSteps(draft, movesIntoPhase(blueprint, stepId, phaseId));
  return draft;
}

describe("a step's phase chosen in the inspector", () => {
  // Arrive holds a, b and e (the frontstage full there); Serve holds c and d, not in a's lane.
  const small = makeBlueprint(
    [
      { id: 'a', lane: 'backstage', phase: 'arrive', position: { x: 40, y: 48 } },
      { id: 'b', lane: 'frontstage', phase: 'arrive', position: { x: 300, y: 48 } },
      { id: 'e', lane: 'frontstage', phase: 'arrive', position: { x: 40, y: 48 } },
      { id: 'c', lane: 'frontstage', phase: 'serve', position: { x: 540, y: 48 } },
      { id: 'd', lane: 'customer', phase: 'serve', position: { x: 540, y: 48 } },
    ],
    [],
    {
      phases: [
        { id: 'arrive', label: 'Arrive' },
        { id: 'serve', label: 'Serve' },
      ],
    },
  );

  it('moves the step among the phase’s steps when its lane has room there', () => {
    const after = withPhase(small, 'a', 'serve');
    expect(after.steps.find((step) => step.id === 'a')!.position).toEqual({ x: 540, y: 48 });
    expect(problems(after, 'a')).toEqual([]);
  });

  it('moves it after the phase’s steps, shifting the later phases right, when not', () => {
    const after = withPhase(small, 'c', 'arrive');
    expect(after.steps.find((step) => step.id === 'c')!.phase).toBe('arrive');
    expect(problems(after, 'c')).toEqual([]);
    const d = after.steps.find((step) => step.id === 'd')!;
    expect(after.steps.find((step) => step.id === 'c')!.position).toEqual({ x: 540, y: 48 });
    expect(d.position!.x).toBe(780);
  });

  it('leaves a step that already stands in the column where it is', () => {
    const none = makeBlueprint([{ id: 'a', lane: 'customer', position: { x: 40, y: 48 } }], [], {
      phases: [{ id: 'p', label: 'P' }],
    });
    const moves = movesIntoPhase(none, 'a', 'p');
    expect([...moves.keys()]).toEqual(['a']);
    expect(moves.get('a')).toMatchObject({ x: 40, y: 48, phase: 'p' });
  });

  for (const [file, blueprint] of loadedExamples()) {
    it(`${file}: every step into every other phase keeps the drawing whole`, () => {
      const phases = blueprint.phases ?? [];
      const found: string[] = [];
      for (const step of blueprint.steps) {
        for (const phase of phases) {
          if (phase.id === step.phase) continue;
          const after = withPhase(blueprint, step.id, phase.id);
          found.push(
            ...problems(after, step.id).map((problem) => `${step.id}→${phase.id}: ${problem}`),
          );
        }
      }
      expect(found).toEqual([]);
    });
  }
});
