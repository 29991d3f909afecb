/**
 * Day types as the inspector's day-type section edits them: adding, renaming and removing
 * a day; a pool's own staffing on a day starts from the pool's and follows a pool's rename
 * and removal; each edit through the store is one undo step whose checks are current and
 * sit at the day type's JSON paths.
 */
import { describe, expect, it } from 'vitest';
import {
  addDayType,
  addPoolOnDay,
  dayTypeIdProblem,
  removeDayType,
  renameDayType,
  setPoolOnDay,
  updateDayType,
} from '../../../src/app/inspector/dayTypeCommands.ts';
import { dayTypePath, isAtOrUnder, poolsToStaff } from '../../../src/app/inspector/dayTypeForm.ts';
import { removePool, renamePool } from '../../../src/app/inspector/poolCommands.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore, undo } from '../../../src/app/store/blueprintStore.ts';
import { applyDayType, serializeBlueprint, type Blueprint } from '../../../src/model/index.ts';
import { makeBlueprint } from '../blueprints.ts';

const branch = (): Blueprint =>
  makeBlueprint([{ id: 'serve', lane: 'frontstage', resource: { pool: 'tellers' } }], [], {
    resources: [
      {
        id: 'tellers',
        kind: 'staff',
        label: 'Tellers',
        capacity: 4,
        schedule: [{ from: '11:30', to: '13:30', capacity: 3 }],
      },
      { id: 'printer', kind: 'system', label: 'Printer', capacity: 1 },
    ],
    dayTypes: [{ id: 'pension', arrivalFactor: 1.5, staffing: { printer: { capacity: 2 } } }],
  });

const LABEL = { en: 'New day type', 'zh-CN': '新营业日类型' };

describe('day type commands', () => {
  it('adds a day with a fresh id and removes it, the list going when empty', () => {
    const draft = branch();
    expect(addDayType(draft, LABEL)).toBe('day');
    expect(addDayType(draft, LABEL)).toBe('day-2');
    expect(draft.dayTypes!.map((day) => day.id)).toEqual(['pension', 'day', 'day-2']);
    for (const id of ['pension', 'day', 'day-2']) removeDayType(draft, id);
    expect(draft.dayTypes).toBeUndefined();
  });

  it('renames only to a valid id no other day has', () => {
    const draft = branch();
    addDayType(draft, LABEL);
    expect(dayTypeIdProblem(draft, 'day', 'pension')).toBe('idTaken');
    expect(dayTypeIdProblem(draft, 'day', 'before holiday')).toBe('idInvalid');
    expect(dayTypeIdProblem(draft, 'day', 'day')).toBeUndefined();
    expect(renameDayType(draft, 'day', 'pension')).toBe(false);
    expect(renameDayType(draft, 'day', 'before-holiday')).toBe(true);
    expect(draft.dayTypes!.map((day) => day.id)).toEqual(['pension', 'before-holiday']);
  });

  it('starts a pool’s own staffing from the pool’s and runs the day with it', () => {
    const draft = branch();
    addPoolOnDay(draft, 'pension', 'tellers');
    expect(draft.dayTypes![0]!.staffing!.tellers).toEqual({
      capacity: 4,
      schedule: [{ from: '11:30', to: '13:30', capacity: 3 }],
    });
    // A copy: changing the day leaves the pool's own schedule alone.
    draft.dayTypes![0]!.staffing!.tellers!.schedule![0]!.capacity = 4;
    expect(draft.resources![0]!.schedule![0]!.capacity).toBe(3);
    setPoolOnDay(draft, 'pension', 'tellers', { capacity: 5 });
    const day = applyDayType(draft, 'pension');
    expect(day.resources![0]).toMatchObject({ capacity: 5 });
    expect(day.resources![0]!.schedule).toBeUndefined();
  });

  it('drops the staffing map when its last pool goes, and offers the pools not yet staffed', () => {
    const draft = branch();
    expect(poolsToStaff(draft, draft.dayTypes![0]!)).toEqual(['tellers']);
    setPoolOnDay(draft, 'pension', 'printer', undefined);
    expect(draft.dayTypes![0]!.staffing).toBeUndefined();
    expect(poolsToStaff(draft, draft.dayTypes![0]!)).toEqual(['tellers', 'printer']);
  });

  it('follows a pool’s rename and removal', () => {
    const draft = branch();
    addPoolOnDay(draft, 'pension', 'tellers');
    renamePool(draft, 'printer', 'passbook-printer');
    expect(Object.keys(draft.dayTypes![0]!.staffing!)).toEqual(['passbook-printer', 'tellers']);
    removePool(draft, 'passbook-printer');
    expect(Object.keys(draft.dayTypes![0]!.staffing!)).toEqual(['tellers']);
    removePool(draft, 'tellers');
    expect(draft.dayTypes![0]!.staffing).toBeUndefined();
  });

  it('finds places by JSON path, not by a longer name', () => {
    expect(dayTypePath(2, 'staffing', 'tellers')).toBe('$.dayTypes[2].staffing.tellers');
    expect(dayTypePath(0, 'staffing', 'back-office')).toBe('$.dayTypes[0].staffing["back-office"]');
    const tellers = dayTypePath(0, 'staffing', 'tellers');
    expect(isAtOrUnder('$.dayTypes[0].staffing.tellers.capacity', tellers)).toBe(true);
    expect(isAtOrUnder(tellers, tellers)).toBe(true);
    expect(isAtOrUnder('$.dayTypes[0].staffing.tellers2', tellers)).toBe(false);
    expect(isAtOrUnder('$.dayTypes[10]', dayTypePath(1))).toBe(false);
  });

  it('is one undo step per edit, with the checks at the day type', () => {
    const store = createBlueprintStore(
      buildCatalog({ '../../blueprints/days.json': serializeBlueprint(branch()) }),
    );
    const edit = (command: (draft: Blueprint) => void) => store.getState().edit(command);
    const dayFindings = () =>
      store
        .getState()
        .document!.findings.filter((finding) => finding.path.startsWith('$.dayTypes'))
        .map((finding) => [finding.code, finding.path]);
    expect(dayFindings()).toEqual([]);

    edit((draft) => setPoolOnDay(draft, 'pension', 'tellers', { capacity: 0 }));
    expect(dayFindings()).toEqual([
      ['day-type-pool-empty', '$.dayTypes[0].staffing.tellers.capacity'],
    ]);
    edit((draft) => removeDayType(draft, 'pension'));
    expect(store.getState().document!.blueprint!.dayTypes).toBeUndefined();

    undo(store);
    expect(store.getState().document!.blueprint!.dayTypes!.map((day) => day.id)).toEqual([
      'pension',
    ]);
    expect(dayFindings()).toEqual([
      ['day-type-pool-empty', '$.dayTypes[0].staffing.tellers.capacity'],
    ]);
    edit((draft) => updateDayType(draft, 'pension', (day) => (day.arrivalFactor = 1.3)));
    expect(store.getState().document!.blueprint!.dayTypes![0]!.arrivalFactor).toBe(1.3);
    undo(store);
    undo(store);
    expect(store.getState().document!.blueprint!.dayTypes![0]!.staffing).toEqual({
      printer: { capacity: 2 },
    });
    expect(dayFindings()).toEqual([]);
  });
});
