import { describe, expect, it, vi } from 'vitest';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { readWarning } from '../../../src/app/results/runWarnings.ts';
import { simulate } from '../../../src/sim/index.ts';
import { deposit, loadExample, renderHtml, resultsOf, textOf, withCapacity } from './support.tsx';

const { blueprint } = deposit();

function withoutSchedule(units: number) {
  const one = withCapacity(blueprint, 'tellers', units);
  delete one.resources!.find((pool) => pool.id === 'tellers')!.schedule;
  return one;
}

describe('readWarning reads the engine’s own sentences', () => {
  it('an overloaded pool in a business day', () => {
    const results = resultsOf(withCapacity(blueprint, 'tellers', 2), 2);
    expect(results.warnings.map(readWarning)).toEqual([
      {
        kind: 'overload',
        poolId: 'tellers',
        load: expect.any(Number) as number,
        capacity: 2,
        busy: expect.any(Number) as number,
        context: 'day',
      },
    ]);
    const [warning] = results.warnings.map(readWarning);
    if (warning?.kind !== 'overload') throw new Error('expected an overload');
    expect(warning.busy!).toBeCloseTo(warning.load / warning.capacity, 2);
  });

  it('a steady run kept finite by customers giving up, and one without a steady state', () => {
    const impatient = simulate(withoutSchedule(1), { replications: 2, horizon: 5000, warmup: 500 });
    expect(impatient.warnings.map(readWarning)).toMatchObject([
      { kind: 'overload', poolId: 'tellers', capacity: 1, context: 'givingUp' },
    ]);
    const reception = structuredClone(loadExample('client-reception.json'));
    const specialists = reception.resources!.find((pool) => pool.id === 'specialists')!;
    specialists.capacity = 1;
    delete specialists.schedule;
    const unstable = simulate(reception, { replications: 2, horizon: 5000, warmup: 500 });
    expect(unstable.warnings.map(readWarning)).toContainEqual(
      expect.objectContaining({ kind: 'overload', poolId: 'specialists', context: 'unstable' }),
    );
  });

  it('a pool with no capacity at all, loops and customers left inside', () => {
    expect(
      readWarning(
        'atm: offered load 0.50 units against a capacity of 0.00 (over 100 % busy) during opening hours: queues build up over the day',
      ),
    ).toEqual({
      kind: 'overload',
      poolId: 'atm',
      load: 0.5,
      capacity: 0,
      busy: null,
      context: 'day',
    });
    expect(
      readWarning(
        '12 customers or pieces of background work were stopped after 1000 steps: the blueprint has a loop they cannot leave (see steps.*.stuck)',
      ),
    ).toEqual({ kind: 'loop', count: 12, steps: 1000 });
    expect(
      readWarning(
        '1 customer was still inside when the day had to stop (nothing left that could serve them) and is left out of the waits: can the pools serve after closing?',
      ),
    ).toEqual({ kind: 'leftInside', count: 1 });
    expect(readWarning('the event log stopped at 1000000 rows')).toEqual({
      kind: 'other',
      text: 'the event log stopped at 1000000 rows',
    });
  });
});

describe('the panel’s warnings', () => {
  const overloaded = withCapacity(blueprint, 'tellers', 2);
  const results = resultsOf(overloaded, 2);

  it('word an overloaded pool with its name and what to do, in English and Chinese', () => {
    const panel = (
      <ResultsPanel results={results} blueprint={overloaded} stale={false} onSelectStep={vi.fn()} />
    );
    const english = textOf(renderHtml(panel));
    expect(english).toMatch(
      /Warnings from the run Tellers would be \d+\.0 % busy during opening hours \(work for [\d.]+ units, 2\.0 on average\): queues build up over the day\. Add units or reduce arrivals\./,
    );
    expect(textOf(renderHtml(panel, 'zh-CN'))).toMatch(
      /运行警告 柜员在营业时间内的忙碌率将达 \d+\.0 %/,
    );
  });

  it('show a sentence they do not know as the engine wrote it, marked as English', () => {
    const odd = structuredClone(results);
    odd.warnings = ['something new happened'];
    const html = renderHtml(
      <ResultsPanel results={odd} blueprint={overloaded} stale={false} onSelectStep={vi.fn()} />,
      'zh-CN',
    );
    expect(html).toContain('<li class="results-warning" lang="en">something new happened</li>');
  });
});

describe('a pool without a steady state', () => {
  it('tops the wait points and shows its pool cannot keep up', () => {
    const reception = structuredClone(loadExample('client-reception.json'));
    const specialists = reception.resources!.find((pool) => pool.id === 'specialists')!;
    specialists.capacity = 1;
    delete specialists.schedule;
    const results = simulate(reception, { replications: 2, horizon: 5000, warmup: 500 });
    const html = renderHtml(
      <ResultsPanel results={results} blueprint={reception} stale={false} onSelectStep={vi.fn()} />,
    );
    const firstRow = html.match(/<button[^>]*data-step-id="([^"]+)"[^>]*>.*?<\/button>/)![0];
    const stepId = /data-step-id="([^"]+)"/.exec(firstRow)![1]!;
    expect(results.steps[stepId]!.unstable).toBe(true);
    expect(textOf(firstRow)).toContain('the queue grows without limit');
    expect(textOf(html)).toContain('Cannot keep up: the queue grows without limit');
  });
});
