/** Steps done as one batch a day (`batch`): the checks, each at its JSON path. */
import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from '../support/semantic.ts';

describe('a step done as one batch a day', () => {
  it('is fine on a pool step at a time within the day, or at closing', () => {
    expect(findingsOf((b) => (b.steps[1]!.batch = { at: '16:00' }))).toEqual([]);
    expect(findingsOf((b) => (b.steps[1]!.batch = { at: 'closing' }))).toEqual([]);
    expect(findingsOf((b) => (b.steps[1]!.batch = { at: '17:00' }))).toEqual([]);
  });

  it('needs a pool', () => {
    expect(summary(findingsOf((b) => (b.steps[0]!.batch = { at: '16:00' })))).toEqual([
      'error batch-without-pool $.steps[0].batch: is done as one batch a day but needs no pool: a batch is worked by a pool; give the step a resource or remove batch',
    ]);
  });

  it('refuses a failure, a missed call and units kept beyond the step, each at its path', () => {
    const findings = findingsOf((b) => {
      const step = b.steps[1]!;
      step.batch = { at: '16:00' };
      step.failure = { probability: 0.1, then: { action: 'retry' } };
      step.missedCall = {
        probability: 0.1,
        callTime: { type: 'fixed', value: 0.5 },
        then: { action: 'gone' },
      };
      step.resource!.keepUntil = 'leave';
    });
    expect(findings.map((f) => `${f.severity} ${f.code} ${f.path} ${f.params?.variant}`)).toEqual([
      'error batch-with $.steps[1].failure failure',
      'error batch-with $.steps[1].missedCall missedCall',
      'error batch-with $.steps[1].resource.keepUntil keepUntil',
    ]);
  });

  it('says the customer does not wait for it: customerPresent true is ignored', () => {
    const findings = findingsOf((b) => {
      b.steps[1]!.batch = { at: '16:00' };
      b.steps[1]!.customerPresent = true;
    });
    expect(summary(findings)).toEqual([
      'warning batch-customer-present $.steps[1].customerPresent: ignored: the customer does not wait for a step done as one batch a day, they go on at once',
    ]);
    // false says the same as the batch: nothing to warn of.
    expect(
      findingsOf((b) => {
        b.steps[1]!.batch = { at: '16:00' };
        b.steps[1]!.customerPresent = false;
      }),
    ).toEqual([]);
  });

  it('warns of a time before opening or after closing in a business day, not in a steady run', () => {
    const at = (time: string) => summary(findingsOf((b) => (b.steps[1]!.batch = { at: time })));
    expect(at('08:30')).toEqual([
      'warning batch-outside-day $.steps[1].batch.at: the batch at 08:30 comes before opening (09:00): nothing has piled up yet, so each item is done as it comes',
    ]);
    expect(at('17:30')).toEqual([
      'warning batch-outside-day $.steps[1].batch.at: the batch at 17:30 comes after closing (17:00): the day’s items wait until then, all of it after hours',
    ]);
    const steady = findingsOf((b) => {
      b.steps[1]!.batch = { at: '03:00' };
      b.run = { mode: 'steady', warmup: 600, horizon: 6000 };
    });
    expect(steady).toEqual([]);
  });

  it('is ignored on a drawing step', () => {
    const findings = findingsOf((b) => {
      b.steps.push({
        id: 'memo',
        kind: 'note',
        lane: 'support',
        label: 'Memo',
        batch: { at: '16:00' },
      });
    });
    expect(summary(findings)).toEqual([
      'warning ignored-on-drawing-step $.steps[3].batch: ignored: a step of kind note is drawn, not simulated',
    ]);
  });
});
