/**
 * The staffing helper's target: any share from 50 to 99 %, offered from the service target
 * the blueprint promises the customers chosen, and the day type named in the answer.
 */
import { describe, expect, it } from 'vitest';
import type { StaffingTarget, StaffingTry } from '../../../src/app/staffing/findStaffing.ts';
import { shownPercentile } from '../../../src/app/staffing/findStaffing.ts';
import { StaffingHelper } from '../../../src/app/staffing/StaffingHelper.tsx';
import { StaffingProgress } from '../../../src/app/staffing/StaffingProgress.tsx';
import {
  parseShare,
  promisedEntries,
  type StaffingStatus,
} from '../../../src/app/staffing/staffingState.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import type { Results } from '../../../src/sim/index.ts';
import { loadedExamples } from '../blueprints.ts';
import { renderIn, textOf } from './render.tsx';

const example = (file: string): Blueprint => loadedExamples().find(([name]) => name === file)![1];

describe('parseShare', () => {
  it('takes any share from 50 to 99 %, with a comma as a decimal point', () => {
    expect(parseShare('80')).toBe(80);
    expect(parseShare(' 82,5 ')).toBe(82.5);
    expect(parseShare('50')).toBe(50);
    expect(parseShare('99')).toBe(99);
    expect(parseShare('49')).toBeNull();
    expect(parseShare('100')).toBeNull();
    expect(parseShare('')).toBeNull();
    expect(parseShare('most')).toBeNull();
  });
});

describe('promisedEntries', () => {
  it("offers the class's wait target, or the one all classes share", () => {
    const vip = example('counter-deposit-vip.json');
    expect(promisedEntries(vip, 'vip')).toEqual({ share: '90', minutes: '5' });
    expect(promisedEntries(vip, 'retail')).toEqual({ share: '80', minutes: '10' });
    // Retail and VIP are promised different waits: nothing for all of them together.
    expect(promisedEntries(vip)).toBeNull();
    // The deposit's one class: its target is all customers'.
    expect(promisedEntries(example('counter-deposit.json'))).toEqual({
      share: '80',
      minutes: '10',
    });
  });

  it('a time-in-system target is not a wait target', () => {
    expect(promisedEntries(example('loan-application.json'), 'salaried')).toBeNull();
  });
});

describe('shownPercentile', () => {
  it('the kept wait percentile at or above the share asked for', () => {
    expect([50, 70, 80, 90, 92, 95, 99].map(shownPercentile)).toEqual([50, 90, 90, 90, 95, 95, 95]);
  });
});

describe('StaffingHelper target entries', () => {
  const run = () => Promise.reject(new Error('not run'));
  it("a share field, prefilled with the blueprint's promise (80 % within 10 min)", () => {
    const html = renderIn(
      'en',
      <StaffingHelper
        blueprint={example('counter-deposit.json')}
        run={run as () => Promise<Results>}
        busy={false}
      />,
    );
    expect(html).toMatch(/<input[^>]*type="number"[^>]*min="50"[^>]*max="99"[^>]*value="80"/);
    expect(html).toMatch(/<input[^>]*value="10"/);
    expect(textOf(html)).toContain('Share of customers (%)');
  });
});

describe('the answer names the day type searched on', () => {
  const target: StaffingTarget = { percentile: 80, waitMinutes: 10 };
  const tried: StaffingTry = {
    units: 8,
    share: { mean: 0.86, ci95: [0.84, 0.88], replications: 20 },
    verdict: 'met',
    waitMinutes: 9.2,
    utilization: 0.8,
    cost: null,
  };
  const done: StaffingStatus = {
    phase: 'done',
    target,
    answer: {
      reachable: true,
      units: 8,
      share: tried.share!,
      waitMinutes: 9.2,
      utilization: 0.8,
      undecided: [],
      tries: [tried],
    },
  };

  it('in English and Chinese, with the wait at the kept percentile above the share', () => {
    const en = textOf(
      renderIn(
        'en',
        <StaffingProgress status={done} poolName="Tellers" who="customers" day="Pension day" />,
      ),
    );
    expect(en).toContain(
      '8 → 86.0 % of customers within 10 min (95 % CI 84.0–88.0 %), p90 9.2 min',
    );
    expect(en).toContain('8 Tellers on Pension day: 80 % of customers wait under 10 min');
    const zh = textOf(
      renderIn(
        'zh-CN',
        <StaffingProgress status={done} poolName="柜员" who="客户" day="养老金发放日" />,
      ),
    );
    expect(zh).toContain('养老金发放日，8 个「柜员」：80% 的客户等待不超过 10 分钟');
    const drawn = textOf(
      renderIn('en', <StaffingProgress status={done} poolName="Tellers" who="customers" />),
    );
    expect(drawn).toContain('8 Tellers: 80 % of customers');
  });
});
