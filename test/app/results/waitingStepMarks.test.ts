/**
 * The textbook's deposit drawn the natural way (a "Wait to be called" step marked W before
 * the first teller step): the queue's wait shows and is judged at the waiting step, in
 * the results, the marks, the rankings and the CLI's wait points.
 */
import { describe, expect, it } from 'vitest';
import { measuredMarks, markVerdict } from '../../../src/app/results/marks.ts';
import { waitRanking } from '../../../src/app/results/rankings.ts';
import { formatReport } from '../../../src/cli/report.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import { textbookDeposit } from '../../support/textbookDeposit.ts';

describe('a queue drawn as a step of its own', () => {
  const blueprint = textbookDeposit();
  const results = simulate(blueprint);
  const queue = results.steps['hand-over']!.wait!;

  it('the results name the queue the waiting step draws', () => {
    expect(results.steps['wait-call']!.queueOf).toBe('hand-over');
    expect(results.steps['wait-call']!.wait).toBeNull();
    expect(results.steps['hand-over']!.queueOf).toBeUndefined();
    // 27 an hour for two tellers at 4 min (90 % busy): a real queue, minutes long.
    expect(queue.mean).toBeGreaterThan(2);
  });

  it('the W on "Wait to be called" is confirmed; "Hand over" is not flagged', () => {
    const marks = measuredMarks(results, blueprint);
    const waiting = marks['wait-call']!;
    expect(waiting.waitMinutes).toBeCloseTo(queue.mean, 10);
    expect(markVerdict(waiting.designerW, waiting.measuredW)).toBe('confirmed');
    const handOver = marks['hand-over']!;
    expect(handOver.waitMinutes).toBeNull();
    expect(markVerdict(handOver.designerW, handOver.measuredW)).toBe('none');
    const [top] = waitRanking(results, blueprint);
    expect(top).toMatchObject({ stepId: 'wait-call', verdict: 'confirmed' });
    expect(top!.ci95).toEqual(queue.ci95);
  });

  it('the CLI lists the wait at the waiting step, with its W', () => {
    const report = formatReport(blueprint, results, 'en');
    const section = report.slice(report.indexOf('Wait points'));
    const row = section.split('\n').find((line) => /^\s+1\s/.test(line))!;
    expect(row).toMatch(/wait-call\s+Wait to be called/);
    expect(row).toMatch(/W\s*$/);
    expect(section).not.toMatch(/hand-over/);
  });
});
