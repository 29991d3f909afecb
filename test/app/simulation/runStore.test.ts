/**
 * The run store with the engine called directly in place of the workers: runs keep the
 * blueprint they ran on, become stale when it changes, can be cancelled or superseded,
 * and save scenarios.
 */
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Blueprint } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import type { RunHandle, RunOutcome } from '../../../src/app/simulation/runClient.ts';
import { createRunStore, isStale, type RunStarter } from '../../../src/app/simulation/runStore.ts';
import { exampleFiles } from '../blueprints.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';

function deposit(): Blueprint {
  const text = Object.entries(exampleFiles()).find(([path]) =>
    path.endsWith('counter-deposit.json'),
  )![1];
  const loaded = loadBlueprintText(text);
  if (!loaded.ok) throw new Error('example does not load');
  return loaded.blueprint;
}

/** Runs the engine at once, reporting progress as the workers would. */
const engineNow: RunStarter = (blueprint, options, onProgress) => {
  const total = options.replications ?? 3;
  const results = simulate(blueprint, {
    ...options,
    replications: total,
    onProgress: (done) => onProgress({ done, total, clock: null, workers: 1 }),
  });
  return {
    outcome: Promise.resolve({ kind: 'done', results, milliseconds: 1 }),
    cancel: () => undefined,
  };
};

/** A run that ends only when told to, to test cancelling and superseding. */
function controllable(): { start: RunStarter; finish: (outcome: RunOutcome) => void } {
  let finish: (outcome: RunOutcome) => void = () => undefined;
  const start: RunStarter = (): RunHandle => {
    const outcome = new Promise<RunOutcome>((resolve) => (finish = resolve));
    return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
  };
  return { start, finish: (outcome) => finish(outcome) };
}

describe('the run store', () => {
  it('keeps the results with the blueprint they ran on and opens the results tab', async () => {
    const store = createRunStore(engineNow);
    const blueprint = deposit();
    const record = await store.getState().run(blueprint);
    const state = store.getState();
    expect(state.status).toBe('done');
    expect(record?.blueprint).toBe(blueprint);
    expect(state.latest?.results.steps['f-count']).toBeDefined();
    expect(state.dock).toEqual({ open: true, tab: 'results' });
    expect(state.progress).toEqual({ done: 3, total: 3, clock: null, workers: 1 });
  });

  it('marks results stale once the blueprint is edited, and current again when changed back', async () => {
    const store = createRunStore(engineNow);
    const blueprint = deposit();
    await store.getState().run(blueprint);
    const edited = produce(blueprint, (draft) => {
      draft.steps[0]!.label = { en: 'Changed' };
    });
    expect(isStale(store.getState().latest, blueprint)).toBe(false);
    expect(isStale(store.getState().latest, edited)).toBe(true);
    const changedBack = produce(edited, (draft) => {
      draft.steps[0]!.label = blueprint.steps[0]!.label;
    });
    expect(isStale(store.getState().latest, changedBack)).toBe(false);
  });

  it('says a run was cancelled and keeps the previous results', async () => {
    const { start } = controllable();
    const store = createRunStore(engineNow);
    await store.getState().run(deposit());
    const before = store.getState().latest;
    const slow = createRunStore(start);
    slow.setState({ latest: before });
    const pending = slow.getState().run(deposit());
    expect(slow.getState().status).toBe('running');
    slow.getState().cancel();
    expect(await pending).toBeNull();
    expect(slow.getState().status).toBe('cancelled');
    expect(slow.getState().latest).toBe(before);
  });

  it('reports a failed run in plain words', async () => {
    const { start, finish } = controllable();
    const store = createRunStore(start);
    const pending = store.getState().run(deposit());
    finish({ kind: 'failed', message: 'pool tellers has no capacity' });
    await pending;
    expect(store.getState().status).toBe('failed');
    expect(store.getState().error).toBe('pool tellers has no capacity');
  });

  it('keeps why the run budget stopped a run, and forgets it on the next run', async () => {
    const { start, finish } = controllable();
    const store = createRunStore(start);
    const pending = store.getState().run(deposit());
    const problem = {
      code: 'present',
      params: { limit: 10, replication: 0, minute: 600 },
    } as const;
    finish({ kind: 'failed', message: 'run budget reached: present', problem });
    await pending;
    expect(store.getState().problem).toEqual(problem);
    void store.getState().run(deposit());
    expect(store.getState().problem).toBeNull();
  });

  it('lets a newer run take over: the older one is dropped', async () => {
    let calls = 0;
    const finishers: ((outcome: RunOutcome) => void)[] = [];
    const start: RunStarter = () => {
      calls++;
      return {
        outcome: new Promise<RunOutcome>((resolve) => finishers.push(resolve)),
        cancel: () => finishers[0]!({ kind: 'cancelled' }),
      };
    };
    const store = createRunStore(start);
    const first = store.getState().run(deposit());
    const second = store.getState().run(deposit(), 'tellers 4');
    const results = simulate(deposit(), { replications: 2 });
    finishers[1]!({ kind: 'done', results, milliseconds: 5 });
    expect(await first).toBeNull();
    expect((await second)?.variant).toBe('tellers 4');
    expect(calls).toBe(2);
    expect(store.getState().status).toBe('done');
  });

  it('keeps the run a what-if varies, and saves scenarios to compare', async () => {
    const store = createRunStore(engineNow);
    const blueprint = deposit();
    await store.getState().run(blueprint);
    const base = store.getState().latest;
    store.getState().saveScenario('3 tellers');
    store.getState().showDock('whatIf');
    await store.getState().run(blueprint, 'tellers 4');
    expect(store.getState().whatIfBase).toBe(base);
    expect(store.getState().dock.tab).toBe('whatIf'); // a what-if shows its change where asked
    const second = store.getState().saveScenario('');
    expect(second?.name).toBe('tellers 4');
    const ids = store.getState().scenarios.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(2);
    store.getState().compare([ids[0]!, ids[1]!]);
    store.getState().removeScenario(ids[0]!);
    expect(store.getState().comparing).toBeNull();
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('forgets results when another document opens, keeping scenarios', async () => {
    const store = createRunStore(engineNow);
    await store.getState().run(deposit());
    store.getState().saveScenario('kept');
    store.getState().forgetResults();
    expect(store.getState().latest).toBeNull();
    expect(store.getState().status).toBe('idle');
    expect(store.getState().scenarios).toHaveLength(1);
  });
});
