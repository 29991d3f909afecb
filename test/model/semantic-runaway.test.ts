/** Checks for blueprints whose runs would go round forever or grow without end. */
import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from '../support/semantic.ts';

describe('loops every customer is caught in', () => {
  it('a failure that always happens and goes back to the same step is a warning', () => {
    const findings = findingsOf((b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'goto', step: 'serve' } };
    });
    expect(summary(findings)).toEqual([
      'warning certain-loop $.steps[1].failure: step "serve" fails every time and sends the customer back to itself, so they go round until they are stopped',
    ]);
    expect(findings[0]!.params).toEqual({ variant: 'failure', step: 'serve' });
  });

  it('a flow to the same step that every customer takes is a warning', () => {
    const findings = findingsOf((b) => {
      b.flows[1]!.to = 'serve';
      b.steps.pop();
    });
    expect(summary(findings).filter((line) => line.includes('certain-loop'))).toEqual([
      'warning certain-loop $.flows[1]: every customer leaving step "serve" takes this flow back to it, so they go round until they are stopped',
    ]);
  });

  it('a flow back with chance 1 among branches is a warning; with less, or from an exit, none', () => {
    const withChance = (chance: number, exit = false) =>
      findingsOf((b) => {
        b.flows[1]!.probability = 1 - chance;
        b.flows.push({ id: 'again', from: 'serve', to: 'serve', probability: chance });
        if (exit) b.steps[1]!.exit = { outcome: 'completed' };
      }).filter((f) => f.code === 'certain-loop');
    expect(withChance(1).map((f) => f.path)).toEqual(['$.flows[2]']);
    expect(withChance(0.5)).toEqual([]);
    expect(withChance(1, true)).toEqual([]);
  });

  it('a flow back taken by one class only with certainty is a warning', () => {
    const findings = findingsOf((b) => {
      b.classes = [
        { id: 'a', label: 'A', share: 0.5 },
        { id: 'b', label: 'B', share: 0.5 },
      ];
      b.flows.push({ id: 'again', from: 'serve', to: 'serve', classes: ['a'] });
      b.flows[1]!.classes = ['b'];
    }).filter((f) => f.code === 'certain-loop');
    expect(findings.map((f) => f.path)).toEqual(['$.flows[2]']);
  });
});

describe('loops with a flow taken by a queue’s length (it may be taken, and may not)', () => {
  const loops = (change: Parameters<typeof findingsOf>[0]) =>
    findingsOf(change).filter((f) => f.code === 'certain-loop');

  it('a flow back that every customer takes unless the rule sends them on is a warning', () => {
    const findings = loops((b) => {
      b.flows[1]!.when = { queueAt: 'serve', atLeast: 3 };
      b.flows.push({ id: 'again', from: 'serve', to: 'serve' });
    });
    expect(summary(findings)).toEqual([
      'warning certain-loop $.flows[2]: every customer leaving step "serve" whom its queue rule does not send on takes this flow back to it, so while that line is short they go round until they are stopped',
    ]);
    expect(findings[0]!.params).toEqual({ variant: 'fallback', step: 'serve' });
  });

  it('with another branch beside it, by chance, no warning', () => {
    const findings = loops((b) => {
      b.steps.push({ id: 'ask', kind: 'action', lane: 'customer', label: 'Ask' });
      b.flows[1]!.when = { queueAt: 'serve', atLeast: 3 };
      b.flows.push({ id: 'again', from: 'serve', to: 'serve', probability: 0.5 });
      b.flows.push({ id: 'ask', from: 'serve', to: 'ask', probability: 0.5 });
      b.flows.push({ id: 'asked', from: 'ask', to: 'leave' });
    });
    expect(findings).toEqual([]);
  });

  const greeter = (duration?: number) =>
    loops((b) => {
      b.steps.push({ id: 'greet', kind: 'decision', lane: 'frontstage', label: 'Greet' });
      if (duration !== undefined) b.steps[3]!.duration = { type: 'fixed', value: duration };
      b.flows[0]!.to = 'greet';
      b.flows.push({ id: 'greet--serve', from: 'greet', to: 'serve' });
      b.flows.push({
        id: 'greet--greet',
        from: 'greet',
        to: 'greet',
        when: { queueAt: 'serve', atLeast: 2 },
      });
    });

  it('the rule’s own flow back to a step that takes no time is a warning; with a duration, none', () => {
    const findings = greeter();
    expect(summary(findings)).toEqual([
      'warning certain-loop $.flows[3]: while the line at step "serve" is long, every customer leaving step "greet" takes this flow back to it at once; the step takes no time, so the line cannot change and they go round until they are stopped',
    ]);
    expect(findings[0]!.params).toEqual({ variant: 'rule', step: 'greet', waitStep: 'serve' });
    // Waiting a minute and looking again: the line changes meanwhile.
    expect(greeter(1)).toEqual([]);
  });

  it('background work that multiplies only while a line is long is an error', () => {
    const findings = findingsOf((b) => {
      b.steps.push({ id: 'file', kind: 'action', lane: 'backstage', label: 'File' });
      b.steps.push({ id: 'check', kind: 'decision', lane: 'backstage', label: 'Check' });
      b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
      b.flows.push({ id: 'f4', from: 'file', to: 'check' });
      b.flows.push({ id: 'f5', from: 'check', to: 'leave', probability: 1 });
      // Taken, it brings the work back to file, which then restarts 1.5 times as much.
      b.flows.push({ id: 'f6', from: 'check', to: 'file', when: { queueAt: 'serve', atLeast: 3 } });
      b.flows.push({ id: 'f7', from: 'check', to: 'file', background: true, probability: 0.5 });
    }).filter((f) => f.severity === 'error');
    expect(summary(findings)).toEqual([
      'error background-multiplies $.flows[6]: the work this flow starts leads back to step "check" and starts, on average, at least as much new work as itself, so it never ends',
    ]);
  });
});

describe('background work that multiplies', () => {
  const file = (b: Parameters<Parameters<typeof findingsOf>[0]>[0]) =>
    b.steps.push({ id: 'file', kind: 'action', lane: 'backstage', label: 'File' });

  it('two background flows from a step to itself are an error', () => {
    const findings = findingsOf((b) => {
      file(b);
      b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
      b.flows.push({ id: 'a', from: 'file', to: 'file', background: true });
      b.flows.push({ id: 'b', from: 'file', to: 'file', background: true });
    }).filter((f) => f.severity === 'error');
    expect(summary(findings)).toEqual([
      'error background-multiplies $.flows[3]: the work this flow starts leads back to step "file" and starts, on average, at least as much new work as itself, so it never ends',
      'error background-multiplies $.flows[4]: the work this flow starts leads back to step "file" and starts, on average, at least as much new work as itself, so it never ends',
    ]);
    expect(findings[0]!.params).toEqual({ step: 'file' });
  });

  it('a cycle through customer flows that restarts its work for sure is an error; by chance below 1, not', () => {
    const cycle = (chance: number | undefined, failure?: number) =>
      findingsOf((b) => {
        file(b);
        b.steps.push({ id: 'check', kind: 'action', lane: 'backstage', label: 'Check' });
        b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
        b.flows.push({ id: 'f4', from: 'file', to: 'check' });
        b.flows.push({
          id: 'f5',
          from: 'check',
          to: 'file',
          background: true,
          probability: chance,
        });
        if (failure !== undefined)
          b.steps[3]!.failure = { probability: failure, then: { action: 'leave' } };
      }).filter((f) => f.code === 'background-multiplies');
    expect(cycle(undefined).map((f) => f.path)).toEqual(['$.flows[4]']);
    expect(cycle(1).map((f) => f.path)).toEqual(['$.flows[4]']);
    expect(cycle(0.99)).toEqual([]);
    // Background work starts only when the step succeeds: failing 1 time in 10 ends it.
    expect(cycle(1, 0.1)).toEqual([]);
  });

  it('two halves that restart each other make one: at the threshold it is an error', () => {
    const findings = findingsOf((b) => {
      file(b);
      b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
      b.flows.push({ id: 'a', from: 'file', to: 'file', background: true, probability: 0.5 });
      b.flows.push({ id: 'b', from: 'file', to: 'file', background: true, probability: 0.5 });
    });
    expect(findings.filter((f) => f.code === 'background-multiplies')).toHaveLength(2);
  });

  it('counts only the classes that start the work', () => {
    const findings = findingsOf((b) => {
      file(b);
      b.classes = [
        { id: 'a', label: 'A', share: 0.5 },
        { id: 'b', label: 'B', share: 0.5 },
      ];
      b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
      b.flows.push({
        id: 'again',
        from: 'file',
        to: 'file',
        background: true,
        classProbability: { a: 0.5, b: 1 },
      });
    });
    expect(findings.filter((f) => f.code === 'background-multiplies')).toHaveLength(1);
  });
});

describe('arrivals beyond the simulator’s limits', () => {
  it.each([1e9, 1e308, 60_001])('%s arrivals an hour is an error', (perHour) => {
    const findings = findingsOf((b) => {
      b.arrivals = { type: 'poisson', entry: 'arrive', perHour };
    });
    expect(summary(findings)).toEqual([
      "error arrival-rate-too-high $.arrivals.perHour: more than 60000 arrivals an hour, the simulator's limit (the rate is per hour)",
    ]);
  });

  it('60 000 an hour is allowed, and a profile period over it is named', () => {
    const findings = findingsOf((b) => {
      b.arrivals = {
        type: 'profile',
        entry: 'arrive',
        periods: [
          { from: '09:00', to: '12:00', perHour: 60_000 },
          { from: '12:00', to: '13:00', perHour: 1e9 },
        ],
      };
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'arrival-rate-too-high $.arrivals.periods[1].perHour',
    ]);
  });

  it('2 000 slots of 10 000 bookings are an error; 100 000 in all are allowed', () => {
    const slots = (count: number, each: number) =>
      findingsOf((b) => {
        b.arrivals = {
          type: 'appointments',
          entry: 'arrive',
          slots: Array.from({ length: count }, (_, i) => ({
            at: `${String(9 + Math.floor((i % 480) / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
            count: each,
          })),
        };
      }).filter((f) => f.severity === 'error');
    expect(summary(slots(2000, 10_000))).toEqual([
      "error too-many-bookings $.arrivals.slots: 20000000 customers are booked in a day; the simulator's limit is 100000",
    ]);
    expect(slots(10, 10_000)).toEqual([]);
  });
});
