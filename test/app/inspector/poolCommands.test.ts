/**
 * The pools a pool also serves when idle, as the pool card edits them: the list follows a
 * pool's rename and removal, moves keep every entry, and each edit through the store is
 * one undo step whose checks are current.
 */
import { describe, expect, it } from 'vitest';
import {
  movedInList,
  removePool,
  renamePool,
  setAlsoServes,
  setServed,
  updatePool,
} from '../../../src/app/inspector/poolCommands.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore, undo } from '../../../src/app/store/blueprintStore.ts';
import { serializeBlueprint } from '../../../src/model/index.ts';
import { makeBlueprint } from '../blueprints.ts';

const pools = () =>
  makeBlueprint(
    [
      { id: 'ordinary', lane: 'frontstage', resource: { pool: 'tellers' } },
      { id: 'vip', lane: 'frontstage', resource: { pool: 'vip-window' } },
    ],
    [],
    {
      resources: [
        { id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 3 },
        { id: 'cash', kind: 'staff', label: 'Cash desk', capacity: 1 },
        {
          id: 'vip-window',
          kind: 'staff',
          label: 'VIP window',
          capacity: 1,
          alsoServes: ['tellers', 'cash'],
        },
      ],
    },
  );

const servedBy = (blueprint: ReturnType<typeof pools>, id: string) =>
  blueprint.resources!.find((pool) => pool.id === id)!.alsoServes;

describe('a pool that also serves other queues', () => {
  it('follows a rename of a pool it serves', () => {
    const draft = pools();
    expect(renamePool(draft, 'tellers', 'counter')).toBe(true);
    expect(servedBy(draft, 'vip-window')).toEqual(['counter', 'cash']);
  });

  it('drops a removed pool, and the field with its last entry', () => {
    const draft = pools();
    removePool(draft, 'cash');
    expect(servedBy(draft, 'vip-window')).toEqual(['tellers']);
    removePool(draft, 'tellers');
    expect(draft.resources!.find((pool) => pool.id === 'vip-window')).not.toHaveProperty(
      'alsoServes',
    );
  });

  it('follows a rename and a removal in servesFirst too', () => {
    const draft = pools();
    setServed(draft.resources![0]!, 'servesFirst', ['vip-window', 'cash']);
    expect(renamePool(draft, 'vip-window', 'vip')).toBe(true);
    expect(draft.resources![0]!.servesFirst).toEqual(['vip', 'cash']);
    removePool(draft, 'vip');
    removePool(draft, 'cash');
    expect(draft.resources![0]).not.toHaveProperty('servesFirst');
  });

  it('moves an entry one place and leaves the ends alone', () => {
    expect(movedInList(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(movedInList(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(movedInList(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(movedInList(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('is one undo step per edit, with the checks at the entry', () => {
    const text = serializeBlueprint(pools());
    const store = createBlueprintStore(buildCatalog({ '../../blueprints/vip.json': text }));
    const edit = (served: string[]) =>
      store
        .getState()
        .edit((draft) => updatePool(draft, 'vip-window', (pool) => setAlsoServes(pool, served)));
    // The small blueprint has other findings (no entry, no durations): only these matter here.
    const findingCodes = () =>
      store
        .getState()
        .document!.findings.filter((f) => f.code.startsWith('also-serves'))
        .map((f) => [f.code, f.path]);
    expect(findingCodes()).toEqual([]);

    edit(['tellers', 'vip-window']);
    expect(findingCodes()).toEqual([['also-serves-itself', '$.resources[2].alsoServes[1]']]);
    edit([]);
    expect(servedBy(store.getState().document!.blueprint!, 'vip-window')).toBeUndefined();

    undo(store);
    expect(servedBy(store.getState().document!.blueprint!, 'vip-window')).toEqual([
      'tellers',
      'vip-window',
    ]);
    expect(findingCodes()).toEqual([['also-serves-itself', '$.resources[2].alsoServes[1]']]);
    undo(store);
    expect(servedBy(store.getState().document!.blueprint!, 'vip-window')).toEqual([
      'tellers',
      'cash',
    ]);
    expect(findingCodes()).toEqual([]);
  });
});
