/**
 * Where a line can form (queuePlaces.ts): by hand on small blueprints (a held span, a
 * failure that releases it, background work), and against the engine on every example
 * with every pool cut to the fewest units its steps take (lines wherever they can form): no customer ever waits
 * in line at a step said to have none.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { compile } from '../../src/sim/compile.ts';
import { queuePlaces } from '../../src/sim/queuePlaces.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { checked, day, fixed, step, teller } from '../support/scenarios.ts';

const places = (blueprint: Blueprint) => {
  const model = compile(checked(blueprint));
  const queues = queuePlaces(model);
  return model.steps.filter((_, index) => queues[index]).map((s) => s.id);
};

const folder = join(import.meta.dirname, '..', '..', 'blueprints');
const backOffice = { id: 'back-office', kind: 'staff' as const, label: 'Back office', capacity: 1 };

describe('queuePlaces', () => {
  it('has no line inside a held span at a step of the kept pool, one at another pool', () => {
    const blueprint = day(
      [
        step('hand-over', {
          duration: fixed(2),
          resource: { pool: 'tellers', keepUntil: 'stamp' },
        }),
        step('count', { duration: fixed(1), resource: { pool: 'tellers' } }),
        step('file', { duration: fixed(1), resource: { pool: 'back-office' } }),
        step('stamp', {
          duration: fixed(1),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [
        { id: 'a', from: 'hand-over', to: 'count' },
        { id: 'b', from: 'count', to: 'file' },
        { id: 'c', from: 'file', to: 'stamp' },
      ],
      ['09:00'],
      [...teller, backOffice],
    );
    expect(places(blueprint)).toEqual(['hand-over', 'file']);
  });

  it('has a line at a kept pool reached again after a failure released it, and past the span', () => {
    const blueprint = day(
      [
        step('hand-over', {
          duration: fixed(2),
          resource: { pool: 'tellers', keepUntil: 'count' },
        }),
        step('count', {
          duration: fixed(1),
          resource: { pool: 'tellers' },
          failure: { probability: 0.2, then: { action: 'goto', step: 'fix' } },
        }),
        step('fix', { lane: 'customer', duration: fixed(1) }),
        step('stamp', {
          duration: fixed(1),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [
        { id: 'a', from: 'hand-over', to: 'count' },
        { id: 'b', from: 'fix', to: 'count' },
        { id: 'c', from: 'count', to: 'stamp' },
      ],
      ['09:00'],
      teller,
    );
    expect(places(blueprint)).toEqual(['hand-over', 'count', 'stamp']);
  });

  it('has a line where background work needs a pool, whatever the customer keeps', () => {
    const blueprint = day(
      [
        step('serve', {
          duration: fixed(2),
          resource: { pool: 'tellers', keepUntil: 'done' },
        }),
        step('done', {
          duration: fixed(1),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
        step('file', { lane: 'backstage', duration: fixed(1), resource: { pool: 'tellers' } }),
      ],
      [
        { id: 'a', from: 'serve', to: 'done' },
        { id: 'b', from: 'serve', to: 'file', background: true },
      ],
      ['09:00'],
      teller,
    );
    expect(places(blueprint)).toEqual(['serve', 'file']);
  });

  it("has lines at four of the deposit example's twelve steps with a pool (the teller is kept)", () => {
    const loaded = loadBlueprintText(readFileSync(join(folder, 'counter-deposit.json'), 'utf8'));
    if (!loaded.ok) throw new Error('counter-deposit does not load');
    expect(places(loaded.blueprint)).toEqual(['c-take-number', 'c-hand-over', 's-post', 'b-file']);
  });

  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
    it(`says where the engine's lines form in ${file}, with the fewest units`, () => {
      const loaded = loadBlueprintText(readFileSync(join(folder, file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const blueprint: Blueprint = {
        ...loaded.blueprint,
        // As few units as its steps can work with.
        resources: loaded.blueprint.resources?.map(({ schedule: _, ...pool }) => ({
          ...pool,
          capacity: Math.max(
            1,
            ...loaded.blueprint.steps
              .filter((s) => s.resource?.pool === pool.id)
              .map((s) => s.resource?.units ?? 1),
          ),
        })),
      };
      const said = new Set(places(blueprint));
      const queued = new Set<string>();
      simulate(blueprint, {
        replications: 2,
        onEvent: (row) => {
          if (row.event === 'queue') queued.add(row.stepId);
        },
      });
      expect(queued.size).toBeGreaterThan(0);
      expect([...queued].filter((id) => !said.has(id))).toEqual([]);
    });
});
