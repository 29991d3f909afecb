/** The lobby rules in the instant estimate: share, method, target, caveats, both languages. */
import { describe, expect, it } from 'vitest';
import { DiversionLines } from '../../../src/app/estimates/DiversionLines.tsx';
import { diversionView } from '../../../src/app/estimates/diversionView.ts';
import type { DiversionEstimate } from '../../../src/sim/index.ts';
import { renderIn, textOf } from './render.tsx';

const rule: DiversionEstimate = {
  flow: 'd-lobby--d-machine-ok',
  from: 'd-lobby',
  to: 'd-machine-ok',
  queueAt: 'c-hand-over',
  atLeast: 6,
  fromLabel: { en: 'Lobby manager', 'zh-CN': '大堂经理' },
  toLabel: { en: 'Can use the ATM?', 'zh-CN': '能用自助机？' },
  pool: 'tellers',
  poolLabel: { en: 'Tellers', 'zh-CN': '柜员' },
  method: 'threshold-chain',
  share: 0.0441,
  checkedPerDay: 237.9,
  sentPerDay: 10.49,
  stretches: [
    { from: 540, to: 690, checkedPerMinute: 0.433, share: 0.0001 },
    { from: 690, to: 810, checkedPerMinute: 0.607, share: 0.1434 },
    { from: 810, to: 1020, checkedPerMinute: 0.477, share: 0.0004 },
  ],
  relievedLoad: 0.0492,
  targets: [
    {
      pool: 'atm',
      label: { en: 'Cash-deposit ATMs', 'zh-CN': '自助存款机' },
      addedLoad: 0.0304,
      addedArrivalsPerMinute: 0.0109,
      busiestUtilization: 0.9,
      busiestFrom: 690,
      busiestTo: 810,
    },
    {
      pool: 'core-banking',
      label: { en: 'Core banking system', 'zh-CN': '核心银行系统' },
      addedLoad: 0.000003,
      addedArrivalsPerMinute: 0.00003,
      busiestUtilization: 0.002,
      busiestFrom: 690,
      busiestTo: 810,
    },
  ],
  caveats: [{ code: 'target-busy', pool: 'atm' }],
};

describe('diversionView', () => {
  it('rounds the share, finds the busiest stretch and leaves out a sliver of a target', () => {
    const view = diversionView(rule);
    expect(view).toMatchObject({ percent: 4, checked: 238, sent: 10, relieved: 0.05 });
    expect(view.busiest).toEqual({ from: 690, to: 810, percent: 14 });
    expect(view.targets.map((target) => target.pool)).toEqual(['atm']);
    expect(view.targets[0]).toMatchObject({ load: 0.03, percent: 90 });
  });

  it('a share under 1 % keeps a decimal; one stretch has no busiest', () => {
    const view = diversionView({ ...rule, share: 0.0042, stretches: [rule.stretches[0]!] });
    expect(view.percent).toBe(0.4);
    expect(view.busiest).toBeNull();
  });
});

describe('DiversionLines', () => {
  it('says the share, the method, the target and the caveat in English', () => {
    const text = textOf(renderIn('en', <DiversionLines rules={[rule]} />));
    expect(text).toContain('Lobby manager’s rules');
    expect(text).toContain('“Lobby manager” → “Can use the ATM?” while 6 or more wait for Tellers');
    expect(text).toContain('≈ 4 % of 238 a day sent on (≈ 10 a day); most at 11:30–13:30, ≈ 14 %');
    expect(text).toContain('From the threshold Markov chain: Tellers as an M/M/c queue');
    expect(text).toContain(
      'Adds ≈ 0.03 busy units to Cash-deposit ATMs (90 % load at its busiest, 11:30–13:30).',
    );
    expect(text).toContain('Takes ≈ 0.05 busy units off Tellers.');
    expect(text).toContain('Near capacity: Cash-deposit ATMs is 90 % busy at its busiest');
    expect(text).not.toContain('Core banking');
  });

  it('and in Chinese, names in 「」', () => {
    const over: DiversionEstimate = {
      ...rule,
      caveats: [{ code: 'target-overloaded', pool: 'atm' }, { code: 'line-gives-up' }],
    };
    const text = textOf(renderIn('zh-CN', <DiversionLines rules={[over]} />));
    expect(text).toContain('大堂分流规则');
    expect(text).toContain('「大堂经理」→「能用自助机？」：「柜员」排队达到 6 人及以上时');
    expect(text).toContain('每天经过的约 238 人中约 4% 被分流（每天约 10 人）');
    expect(text).toContain('来自阈值马尔可夫链');
    expect(text).toContain('超出容量：「自助存款机」最忙时负荷 90%');
    expect(text).toContain('实际分流可能更少');
  });

  it('shows nothing without rules', () => {
    expect(renderIn('en', <DiversionLines rules={[]} />)).toBe('');
  });
});
