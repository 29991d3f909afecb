import { describe, expect, it, vi } from 'vitest';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { simulate } from '../../../src/sim/index.ts';
import { crossedHolds } from '../../support/deadlocks.ts';
import { deposit, loadExample, renderHtml, resultsOf, textOf, withCapacity } from './support.tsx';

const { blueprint } = deposit();

function withoutSchedule(units: number) {
  const one = withCapacity(blueprint, 'tellers', units);
  delete one.resources!.find((pool) => pool.id === 'tellers')!.schedule;
  return one;
}

describe('the engine’s warnings are codes with parameters', () => {
  it('an overloaded pool in a business day', () => {
    const results = resultsOf(withCapacity(blueprint, 'tellers', 2), 2);
    expect(results.warnings).toEqual([
      {
        code: 'pool-overloaded-day',
        params: {
          pool: 'tellers',
          load: expect.any(Number) as number,
          capacity: 2,
          utilization: expect.any(Number) as number,
        },
      },
    ]);
    const [warning] = results.warnings;
    if (warning?.code !== 'pool-overloaded-day') throw new Error('expected an overload');
    expect(warning.params.utilization!).toBeCloseTo(
      warning.params.load / warning.params.capacity,
      12,
    );
  });

  it('a steady run kept finite by customers giving up, and one without a steady state', () => {
    const impatient = simulate(withoutSchedule(1), { replications: 2, horizon: 5000, warmup: 500 });
    expect(impatient.warnings).toMatchObject([
      { code: 'pool-overloaded-impatient', params: { pool: 'tellers', capacity: 1 } },
    ]);
    const reception = structuredClone(loadExample('client-reception.json'));
    const specialists = reception.resources!.find((pool) => pool.id === 'specialists')!;
    specialists.capacity = 1;
    delete specialists.schedule;
    const unstable = simulate(reception, { replications: 2, horizon: 5000, warmup: 500 });
    expect(unstable.warnings).toContainEqual(
      expect.objectContaining({
        code: 'pool-unstable',
        params: expect.objectContaining({ pool: 'specialists' }) as object,
      }),
    );
  });

  it('a steady run without warm-up', () => {
    const cold = simulate(withoutSchedule(4), { replications: 2, horizon: 2000, warmup: 0 });
    expect(cold.warnings).toEqual([{ code: 'no-warmup', params: {} }]);
    const warm = simulate(withoutSchedule(4), { replications: 2, horizon: 2000, warmup: 200 });
    expect(warm.warnings).toEqual([]);
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
      /Warnings from the run Tellers would be [\d.]+ % busy during opening hours \(work for [\d.]+ units, 2\.0 on average\): queues build up over the day\. Add units or reduce arrivals\./,
    );
    expect(textOf(renderHtml(panel, 'zh-CN'))).toMatch(
      /运行警告 柜员在营业时间内的利用率将达 [\d.]+ %/,
    );
  });

  it('show the sentences of results saved before warnings were codes as written, in English', () => {
    const old = structuredClone(results) as unknown as Record<string, unknown>;
    old.warnings = ['tellers: offered load 3.67 units against a capacity of 2.25 (163 % busy)'];
    const html = renderHtml(
      <ResultsPanel
        results={old as unknown as typeof results}
        blueprint={overloaded}
        stale={false}
        onSelectStep={vi.fn()}
      />,
      'zh-CN',
    );
    expect(html).toContain(
      '<li class="results-warning" lang="en">tellers: offered load 3.67 units against a capacity of 2.25 (163 % busy)</li>',
    );
  });

  it('word a pool with no capacity at all, a loop and customers left inside', () => {
    const odd = structuredClone(results);
    odd.warnings = [
      {
        code: 'pool-overloaded-day',
        params: { pool: 'tellers', load: 0.5, capacity: 0, utilization: null },
      },
      { code: 'customers-stuck', params: { count: 12, steps: 1000 } },
      { code: 'left-inside', params: { count: 3 } },
    ];
    const panel = (
      <ResultsPanel results={odd} blueprint={overloaded} stale={false} onSelectStep={vi.fn()} />
    );
    const english = textOf(renderHtml(panel));
    expect(english).toContain('Tellers would be over 100 % busy during opening hours');
    expect(english).toContain('Stopped after 1000 steps in a loop they cannot leave: 12 customers');
    expect(english).toContain('Still inside when the day had to stop, left out of the waits: 3');
    const chinese = textOf(renderHtml(panel, 'zh-CN'));
    expect(chinese).toContain('超过 100 %');
    expect(chinese).toContain('在无法离开的循环中走了 1000 步后被停止：12 位');
  });
});

describe('a batch not done within its pool’s hours', () => {
  it('is worded with its hours as clock times, in English and Chinese', () => {
    const { blueprint, results } = deposit();
    const late = structuredClone(results);
    late.warnings = [
      {
        code: 'pool-overloaded-batch',
        params: {
          pool: 'back-office',
          load: 2.4,
          capacity: 2,
          utilization: 1.2,
          from: 960,
          to: 1110,
        },
      },
    ];
    const panel = (
      <ResultsPanel results={late} blueprint={blueprint} stale={false} onSelectStep={vi.fn()} />
    );
    expect(textOf(renderHtml(panel))).toMatch(
      /Back-office clerk would be [\d.]+ % busy from its batch at 16:00 to the end of its hours at 18:30 \(work for 2\.4 units, 2\.0 on average, the day’s batch included\): the batch is not done within its hours\./,
    );
    expect(textOf(renderHtml(panel, 'zh-CN'))).toMatch(
      /后台人员从 16:00 批量处理起到 18:30 下班，利用率将达 [\d.]+ %/,
    );
  });
});

describe('a deadlock', () => {
  it('is worded with the pools’ and steps’ names, in English and Chinese', () => {
    const crossed = crossedHolds();
    const results = simulate(crossed);
    const panel = (
      <ResultsPanel results={results} blueprint={crossed} stale={false} onSelectStep={vi.fn()} />
    );
    const english = textOf(renderHtml(panel));
    expect(english).toContain(
      'Deadlock: customers kept one pool while they queued for another and waited for each other for ever (Counter clerk, Back-office clerk; stuck in the queues of check, sign), first 6.0 min after the start. Replications with a deadlock: 1. Stopped and counted as stuck so that the run could go on: 1 customers.',
    );
    const chinese = textOf(renderHtml(panel, 'zh-CN'));
    expect(chinese).toContain('死锁');
    expect(chinese).toContain('（Counter clerk、Back-office clerk；卡在 check、sign 的队列中）');
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
