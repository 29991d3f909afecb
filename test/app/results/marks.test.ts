import { describe, expect, it } from 'vitest';
import {
  FAIL_POINT_RATE,
  measuredMarks,
  markVerdict,
  WAIT_POINT_MINUTES,
} from '../../../src/app/results/marks.ts';
import type { Results } from '../../../src/sim/index.ts';
import { deposit } from './support.tsx';

/** The deposit results with one step's wait or failure rate replaced: the edge cases. */
function tweaked(change: (results: Results) => void): Results {
  const results = structuredClone(deposit().results);
  change(results);
  return results;
}

describe('measuredMarks on the counter-deposit example', () => {
  const { blueprint, results } = deposit();
  const marks = measuredMarks(results, blueprint);

  it('has every process step and no evidence or note', () => {
    const process = blueprint.steps.filter((s) => s.kind === 'action' || s.kind === 'decision');
    expect(Object.keys(marks).sort()).toEqual(process.map((s) => s.id).sort());
    expect(marks['e-ticket']).toBeUndefined();
    expect(marks['s-vault']).toBeUndefined();
  });

  it('leaves out a step added after the run even when its id is a name of Object.prototype', () => {
    const later = structuredClone(blueprint);
    later.steps.push({ id: 'toString', kind: 'action', lane: 'customer', label: 'Later' });
    const withLater = measuredMarks(results, later);
    expect(Object.hasOwn(withLater, 'toString')).toBe(false);
    expect(Object.keys(withLater).sort()).toEqual(Object.keys(marks).sort());
  });

  it('confirms the designer’s W at the teller queue, with the measured wait', () => {
    const handOver = marks['c-hand-over']!;
    expect(handOver.designerW).toBe(true);
    expect(handOver.waitMinutes).toBeCloseTo(results.steps['c-hand-over']!.wait!.mean, 10);
    expect(handOver.waitMinutes!).toBeGreaterThanOrEqual(WAIT_POINT_MINUTES);
    expect(handOver.measuredW).toBe(true);
  });

  it('confirms the F at counting the cash and finds the rarely failing posting', () => {
    expect(marks['f-count']).toMatchObject({ designerF: true, measuredF: true });
    expect(marks['f-count']!.failureRate).toBeGreaterThan(FAIL_POINT_RATE);
    // The core system fails under 1 % of postings: the designer marked it, it barely fails.
    expect(marks['s-post']!.failureRate).toBeLessThan(0.01);
    expect(marks['s-post']).toMatchObject({ designerF: true, measuredF: false });
  });

  it('leaves steps without a queue with no wait and no W', () => {
    expect(marks['c-fill-slip']).toMatchObject({ waitMinutes: null, measuredW: false });
  });

  it('puts heat on one scale from 0 to 1, the worst step hottest', () => {
    for (const mark of Object.values(marks)) {
      expect(mark.heat).toBeGreaterThanOrEqual(0);
      expect(mark.heat).toBeLessThanOrEqual(1);
    }
    expect(marks['c-fill-slip']!.heat).toBe(0);
    const hottest = Object.entries(marks).sort((a, b) => b[1].heat - a[1].heat)[0]![0];
    expect(['c-hand-over', 'f-count']).toContain(hottest);
  });
});

describe('measuredMarks thresholds', () => {
  const { blueprint } = deposit();

  it('flags an unmarked step where customers wait 12 minutes, at full heat', () => {
    const results = tweaked((r) => {
      r.steps['c-take-number']!.wait!.mean = 12;
    });
    const mark = measuredMarks(results, blueprint)['c-take-number']!;
    expect(mark).toMatchObject({ designerW: false, measuredW: true, waitMinutes: 12, heat: 1 });
    expect(markVerdict(mark.designerW, mark.measuredW)).toBe('unmarkedButHigh');
  });

  it('says a W-marked step that waits 0.1 min barely waits', () => {
    const results = tweaked((r) => {
      r.steps['c-hand-over']!.wait!.mean = 0.1;
    });
    const mark = measuredMarks(results, blueprint)['c-hand-over']!;
    expect(mark.measuredW).toBe(false);
    expect(markVerdict(mark.designerW, mark.measuredW)).toBe('markedButQuiet');
  });

  it('marks the worst wait of a fast process, but not waits under half a minute', () => {
    const fast = tweaked((r) => {
      for (const step of Object.values(r.steps)) if (step.wait) step.wait.mean = 0.05;
      r.steps['c-hand-over']!.wait!.mean = 1.2;
      r.steps['c-take-number']!.wait!.mean = 0.4;
    });
    const marks = measuredMarks(fast, blueprint);
    expect(marks['c-hand-over']!.measuredW).toBe(true);
    expect(marks['c-take-number']!.measuredW).toBe(false);
  });

  it('counts a pool without steady state as a wait point at full heat', () => {
    const results = tweaked((r) => {
      r.steps['c-hand-over']!.wait = null;
      r.steps['c-hand-over']!.unstable = true;
    });
    const mark = measuredMarks(results, blueprint)['c-hand-over']!;
    expect(mark).toMatchObject({ unstable: true, measuredW: true, waitMinutes: null, heat: 1 });
  });

  it('leaves out steps added after the run', () => {
    const { results } = deposit();
    const grown = structuredClone(blueprint);
    grown.steps.push({ id: 'new-step', kind: 'action', lane: 'customer', label: 'New' });
    expect(measuredMarks(results, grown)['new-step']).toBeUndefined();
  });
});
