/** Live re-estimation: debounced, latest wins, nothing after dispose. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEstimateScheduler } from '../../../src/app/estimates/estimateScheduler.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import type { PoolEstimates } from '../../../src/sim/index.ts';
import { minimalBlueprint } from '../../support/builders.ts';

function named(id: string): Blueprint {
  return { ...minimalBlueprint(), id };
}

/** An estimate that answers when the test says so, naming the blueprint it was asked about. */
function controlledEstimate() {
  const asked: string[] = [];
  const answers: ((result: PoolEstimates) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const estimate = (blueprint: Blueprint) => {
    asked.push(blueprint.id);
    return new Promise<PoolEstimates>((resolve, reject) => {
      answers.push(resolve);
      failures.push(reject);
    });
  };
  return { estimate, asked, answers, failures };
}

const answerFor = (id: string): PoolEstimates => ({ ok: false, reason: id });

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('createEstimateScheduler', () => {
  it('waits 150 ms after the last edit and sends only the latest blueprint', async () => {
    const { estimate, asked, answers } = controlledEstimate();
    const results: (PoolEstimates | null)[] = [];
    const pending: boolean[] = [];
    const scheduler = createEstimateScheduler({
      estimate,
      onResult: (result) => results.push(result),
      onError: () => undefined,
      onPending: (value) => pending.push(value),
    });
    scheduler.schedule(named('a'));
    await vi.advanceTimersByTimeAsync(100);
    scheduler.schedule(named('b'));
    await vi.advanceTimersByTimeAsync(149);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['b']);
    answers[0]!(answerFor('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([answerFor('b')]);
    expect(pending.at(-1)).toBe(false);
  });

  it('drops an answer that a later edit has outdated, even if it arrives last', async () => {
    const { estimate, asked, answers } = controlledEstimate();
    const results: (PoolEstimates | null)[] = [];
    const scheduler = createEstimateScheduler({
      estimate,
      onResult: (result) => results.push(result),
      onError: () => undefined,
    });
    scheduler.schedule(named('old'));
    await vi.advanceTimersByTimeAsync(150);
    scheduler.schedule(named('new'));
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toEqual(['old', 'new']);
    answers[1]!(answerFor('new'));
    answers[0]!(answerFor('old'));
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([answerFor('new')]);
  });

  it('reports a failed estimate, clears for no blueprint, and stays quiet after dispose', async () => {
    const { estimate, failures, answers } = controlledEstimate();
    const results: (PoolEstimates | null)[] = [];
    const errors: string[] = [];
    const scheduler = createEstimateScheduler({
      estimate,
      onResult: (result) => results.push(result),
      onError: (message) => errors.push(message),
    });
    scheduler.schedule(named('a'));
    await vi.advanceTimersByTimeAsync(150);
    failures[0]!(new Error('worker crashed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(['worker crashed']);
    scheduler.schedule(null);
    expect(results).toEqual([null]);
    scheduler.schedule(named('b'));
    await vi.advanceTimersByTimeAsync(150);
    scheduler.dispose();
    answers[1]!(answerFor('b'));
    scheduler.schedule(named('c'));
    await vi.advanceTimersByTimeAsync(500);
    expect(results).toEqual([null]);
    expect(answers).toHaveLength(2);
  });
});
