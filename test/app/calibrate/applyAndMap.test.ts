/**
 * The dialog's pure parts: the fits as items the user keeps or leaves out, Apply as one
 * undoable edit of the store (provenance included), and the map the user edits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFits } from '../../../src/app/calibrate/applyFits.ts';
import { runCalibrationJob } from '../../../src/app/calibrate/calibrationJob.ts';
import { mapOfRead, withColumn, withName, withPool } from '../../../src/app/calibrate/mapDraft.ts';
import { fitItems, keptFits, writesAnything } from '../../../src/app/calibrate/selection.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore } from '../../../src/app/store/blueprintStore.ts';
import type { CalibrateLogOutcome } from '../../../src/calibrate/index.ts';
import { exampleFiles } from '../blueprints.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const log = new Blob([readFileSync(join(root, 'data/logs/counter-deposit-tickets.csv'))]);

async function depositFits(store: ReturnType<typeof createBlueprintStore>) {
  const blueprint = store.getState().document!.blueprint!;
  const job = await runCalibrationJob(
    log,
    blueprint,
    { binMinutes: 30, timeZone: '+08:00' },
    () => undefined,
  );
  if (job.kind !== 'read' || !job.outcome.ok) throw new Error('not read');
  const map = mapOfRead(job.outcome)!;
  const mapped = withPool(withName(map, 'steps', '存款', 'c-hand-over'), 'tellers');
  const again = await runCalibrationJob(
    log,
    blueprint,
    { binMinutes: 30, timeZone: '+08:00', map: mapped },
    () => undefined,
  );
  if (again.kind !== 'read' || !again.outcome.ok) throw new Error('not read');
  return { first: job.outcome, mapped: again.outcome, map: mapped };
}

describe('calibrating the open blueprint', () => {
  it('starts the map from what was read: the columns found, by their headers', async () => {
    const store = createBlueprintStore(buildCatalog(exampleFiles()), 'counter-deposit');
    const { first, map } = await depositFits(store);
    expect(mapOfRead(first)).toEqual({
      kind: 'queue',
      columns: {
        ticket: '票号',
        businessType: '业务类型',
        date: '日期',
        ticketTime: '取号时间',
        callTime: '叫号时间',
        startTime: '开始办理时间',
        endTime: '办结时间',
        window: '窗口号',
        teller: '柜员号',
        outcome: '状态',
      },
    });
    expect(map.steps).toEqual({ 存款: 'c-hand-over' });
    // Read again, the user's map is kept with the columns that read.
    expect(mapOfRead({ ok: true, read: first.read, fits: first.fits }, map)).toEqual(map);
  });

  it('lists each fit with whether the blueprint takes it; the first read, unmapped, writes less', async () => {
    const store = createBlueprintStore(buildCatalog(exampleFiles()), 'counter-deposit');
    const blueprint = store.getState().document!.blueprint!;
    const { first, mapped } = await depositFits(store);
    const unmapped = fitItems(blueprint, first.fits);
    expect(unmapped.map((i) => [i.key, i.writable])).toEqual([
      ['arrivals', true],
      ['patience:retail', true],
      ['windows', false], // no pool named yet
    ]);
    const items = fitItems(blueprint, mapped.fits);
    expect(items.map((i) => [i.key, i.writable])).toEqual([
      ['arrivals', true],
      ['service:c-hand-over', true],
      ['patience:retail', true],
      ['windows', true],
    ]);
    expect(writesAnything(items, new Set(items.map((i) => i.key)))).toBe(false);
    expect(writesAnything(unmapped, new Set(['arrivals', 'patience:retail']))).toBe(false);
    const kept = keptFits(mapped.fits, new Set(['arrivals', 'service:c-hand-over']));
    expect(kept.arrivals).toBeUndefined();
    expect(kept.steps).toEqual([]);
    expect(kept.patience).toHaveLength(1);
    expect(kept.windows).toBe(mapped.fits.windows);
  });

  it('applies the kept fits as one edit that one undo takes back', async () => {
    const store = createBlueprintStore(buildCatalog(exampleFiles()), 'counter-deposit');
    const before = store.getState().document!.blueprint!;
    const { mapped } = await depositFits(store);
    const applied = applyFits(store.getState(), mapped.fits, new Set(['arrivals']), {
      log: 'counter-deposit-tickets.csv',
      summary: mapped.read.summary,
    });
    expect(applied).toBe(true);
    const after = store.getState().document!.blueprint!;
    expect(after.arrivals).toEqual(before.arrivals); // left out
    // The teller holds the window from the hand-over to the stamp: the log's service
    // covers that span, spread over its steps (src/calibrate/heldSpan.ts).
    const span = ['c-hand-over', 'f-count', 'c-enter-pin', 'b-key', 'f-print-stamp'];
    for (const id of span)
      expect(after.steps.find((s) => s.id === id)!.duration).not.toEqual(
        before.steps.find((s) => s.id === id)!.duration,
      );
    expect(after.resources!.find((p) => p.id === 'tellers')!.schedule).toBeDefined();
    expect(after.calibration).toMatchObject({ log: 'counter-deposit-tickets.csv', rows: 5443 });
    expect(after.calibration!.values.map((v) => v.target)).not.toContain('arrivals');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().document!.blueprint).toEqual(before);
    expect(store.getState().document!.blueprint!.calibration).toBeUndefined();
  });

  it('edits the map: one column feeds one field, names sent to steps and back', () => {
    const header = ['票号', '取号时间', '状态'];
    const map = { kind: 'queue' as const, columns: { ticket: '票号', ticketTime: '取号时间' } };
    expect(withColumn(map, header, 'outcome', 1).columns).toEqual({
      ticket: '票号',
      outcome: '取号时间',
    });
    expect(withColumn(map, header, 'ticket', undefined).columns).toEqual({
      ticketTime: '取号时间',
    });
    const named = withName(map, 'steps', '存款', 'c-hand-over');
    expect(named.steps).toEqual({ 存款: 'c-hand-over' });
    expect(withName(named, 'steps', '存款', undefined)).toEqual(map);
  });

  it('keeps nothing of a first read that found no header', () => {
    const failed: CalibrateLogOutcome = {
      ok: false,
      read: { ok: false, encoding: undefined, header: [], suggestion: undefined, problems: [] },
    };
    expect(mapOfRead(failed)).toBeUndefined();
  });
});
