/** The instant-estimate list: busy share, wait, and the overload warning in plain words. */
import { describe, expect, it } from 'vitest';
import { PoolEstimatesView } from '../../../src/app/estimates/PoolEstimatesView.tsx';
import { poolView } from '../../../src/app/estimates/poolView.ts';
import type { PoolEstimate, PoolEstimates } from '../../../src/sim/index.ts';
import { renderIn, textOf } from './render.tsx';

function estimate(overrides: Partial<PoolEstimate>): PoolEstimate {
  return {
    id: 'tellers',
    label: { en: 'Tellers', 'zh-CN': '柜员' },
    units: 4,
    offeredLoad: 3,
    lentLoad: 0,
    helpedLoad: 0,
    capacity: 4,
    utilization: 0.75,
    overloaded: false,
    arrivalsPerMinute: 1,
    meanServiceMinutes: 3,
    meanWaitMinutes: 1.53,
    waitReason: null,
    caveats: [],
    stretches: [],
    minimumUnits: 4,
    peak: null,
    batches: [],
    priority: null,
    ...overrides,
  };
}

const overloadedTellers = estimate({
  offeredLoad: 4.16,
  utilization: 1.04,
  overloaded: true,
  meanWaitMinutes: 80,
  minimumUnits: 5,
});

const result = (...pools: PoolEstimate[]): PoolEstimates => ({
  ok: true,
  mode: 'day',
  pools,
  diversions: [],
});

describe('poolView', () => {
  it('rounds the busy share and colours by level', () => {
    expect(poolView(estimate({ utilization: 0.5 }))).toMatchObject({ percent: 50, level: 'ok' });
    expect(poolView(estimate({ utilization: 0.876 }))).toMatchObject({
      percent: 88,
      level: 'high',
    });
    expect(poolView(overloadedTellers)).toMatchObject({
      percent: 104,
      barPercent: 100,
      level: 'over',
      wait: { kind: 'minutes', minutes: 80 },
      advice: { more: 1, needed: 5 },
    });
  });

  it('a pool without capacity for its work fills the bar and has no percentage', () => {
    const view = poolView(
      estimate({ capacity: 0, utilization: null, overloaded: true, minimumUnits: 2, units: 0 }),
    );
    expect(view).toMatchObject({
      percent: null,
      barPercent: 100,
      level: 'over',
      advice: { more: 2, needed: 2 },
    });
  });

  it('a tiny wait reads as no wait', () => {
    expect(poolView(estimate({ meanWaitMinutes: 0.01 })).wait).toEqual({ kind: 'none' });
    expect(poolView(estimate({ meanWaitMinutes: 2.5 })).wait).toEqual({
      kind: 'minutes',
      minutes: 2.5,
    });
  });
});

describe('PoolEstimatesView', () => {
  it("lists each pool with its busy share and the day's mean wait", () => {
    const html = renderIn('en', <PoolEstimatesView result={result(estimate({}))} />);
    const text = textOf(html);
    expect(text).toContain('Tellers');
    expect(text).toContain('75 % load');
    expect(text).toContain('wait ≈ 1.5 min over the day');
    expect(text).toContain('for each stretch of opening hours');
    expect(html).toContain('width:75%');
    expect(html).not.toContain('planning-warning"');
  });

  it('warns in plain words when a pool is overloaded, in a live status region', () => {
    const html = renderIn('en', <PoolEstimatesView result={result(overloadedTellers)} />);
    expect(textOf(html)).toContain(
      'Tellers: 104 % load, the queue grows without limit; add 1 more (5 in all) or reduce arrivals.',
    );
    expect(html).toMatch(/role="status" aria-live="polite"><p class="planning-warning">/);
  });

  it('warns of a lunch peak the day average hides, with its time and the units needed', () => {
    const lunch = estimate({
      utilization: 0.98,
      peak: { from: 690, to: 810, utilization: 1.5, overloaded: true, units: 3, unitsNeeded: 5 },
    });
    const english = textOf(renderIn('en', <PoolEstimatesView result={result(lunch)} />));
    expect(english).toContain(
      'Tellers: 150 % load 11:30–13:30 with 3 units, the queue builds up through that time; 5 would keep up then.',
    );
    const chinese = textOf(renderIn('zh-CN', <PoolEstimatesView result={result(lunch)} />));
    expect(chinese).toContain('柜员：11:30–13:30 只有 3 个，负荷 150%');
  });

  it('lists the stretches of the day: the settled wait, or how fast the queue grows', () => {
    const stretch = {
      arrivalsPerMinute: 0.7,
      offeredLoad: 3,
      steady: true,
      waitProbability: 0.5,
      growthPerHour: null,
    };
    const tellers = estimate({
      meanWaitMinutes: 4.1,
      stretches: [
        { ...stretch, from: 540, to: 690, units: 4, utilization: 0.82, meanWaitMinutes: 2.08 },
        {
          ...stretch,
          from: 690,
          to: 810,
          arrivalsPerMinute: 1.004,
          units: 3,
          offeredLoad: 4.6,
          utilization: 1.53,
          steady: false,
          meanWaitMinutes: null,
          waitProbability: null,
          growthPerHour: 20.8,
        },
        { ...stretch, from: 810, to: 1020, units: 1, utilization: 0.2, meanWaitMinutes: 0.01 },
      ],
    });
    const view = poolView(tellers);
    expect(view.stretches.map((s) => s.wait)).toEqual([
      { kind: 'minutes', minutes: 2.08 },
      { kind: 'grows', perHour: 21 },
      { kind: 'none' },
    ]);
    expect(view.stretches.map((s) => s.level)).toEqual(['high', 'over', 'ok']);
    const english = textOf(renderIn('en', <PoolEstimatesView result={result(tellers)} />));
    expect(english).toContain('wait ≈ 4.1 min over the day');
    expect(english).toContain('09:00–11:30 42/h 4 units 82 % load wait ≈ 2.1 min');
    expect(english).toContain('11:30–13:30 60/h 3 units 153 % load queue grows by ~21 per hour');
    expect(english).toContain('13:30–17:00 42/h 1 unit 20 % load no wait');
    const chinese = textOf(renderIn('zh-CN', <PoolEstimatesView result={result(tellers)} />));
    expect(chinese).toContain('全天平均等待约 4.1 分钟');
    expect(chinese).toContain('11:30–13:30 每小时 60 人 3 个 负荷 153% 队列每小时增长约 21 人');
  });

  it('one stretch needs no list; a caveat and a reason for no figure are spelt out', () => {
    const single = estimate({
      stretches: [
        {
          from: 540,
          to: 1020,
          arrivalsPerMinute: 1,
          units: 4,
          offeredLoad: 3,
          utilization: 0.75,
          steady: true,
          meanWaitMinutes: 1.53,
          waitProbability: 0.5,
          growthPerHour: null,
        },
      ],
      caveats: ['booked'],
    });
    expect(poolView(single).stretches).toEqual([]);
    const html = renderIn('en', <PoolEstimatesView result={result(single)} />);
    expect(html).not.toContain('planning-stretches');
    expect(textOf(html)).toContain('Rough: most customers come by appointment');
    const none = estimate({ meanWaitMinutes: null, waitReason: 'no-capacity' });
    expect(poolView(none).wait).toEqual({ kind: 'reason', reason: 'no-capacity' });
    expect(textOf(renderIn('zh-CN', <PoolEstimatesView result={result(none)} />))).toContain(
      '未估算等待：没有可为客户服务的数量',
    );
  });

  it('says what a pool gives the queues it also serves, and what the pool it helps is given', () => {
    const vip = estimate({
      id: 'vip-window',
      label: { en: 'VIP window', 'zh-CN': '贵宾窗口' },
      units: 1,
      offeredLoad: 0.38,
      lentLoad: 0.495,
      capacity: 1,
      utilization: 0.875,
    });
    const tellers = estimate({ offeredLoad: 3.24, helpedLoad: 0.495, caveats: ['helped'] });
    expect(poolView(vip).lending).toEqual({ kind: 'lends', percent: 50 });
    expect(poolView(tellers).lending).toEqual({ kind: 'helpedBy', percent: 15 });
    expect(poolView(estimate({})).lending).toBeNull();
    const english = textOf(renderIn('en', <PoolEstimatesView result={result(tellers, vip)} />));
    expect(english).toContain('About 50 % of its time on the queues it also serves when idle.');
    expect(english).toContain(
      'Other pools serving this queue when idle take about 15 % of its work.',
    );
    expect(english).toContain('Likely a little longer: counted as one line with the pools');
    const chinese = textOf(renderIn('zh-CN', <PoolEstimatesView result={result(tellers, vip)} />));
    expect(chinese).toContain('约 50% 的时间在空闲时服务其他排队。');
    expect(chinese).toContain('承担约 15% 的工作');
  });

  it('names how a queue of a priority group is called and the formula, in both languages', () => {
    const group = {
      pools: ['vip-window', 'tellers'],
      units: 4,
      form: 'mgc-approximation' as const,
    };
    const vip = estimate({
      id: 'vip-window',
      label: { en: 'VIP window', 'zh-CN': '贵宾窗口' },
      meanWaitMinutes: 0.83,
      caveats: ['priority-approximate'],
      priority: { ...group, rank: 1 },
    });
    const tellers = estimate({ priority: { ...group, rank: 2 }, meanWaitMinutes: 4.4 });
    expect(poolView(vip).priority).toEqual({
      form: 'mgc-approximation',
      before: [],
      pools: ['vip-window', 'tellers'],
      units: 4,
    });
    expect(poolView(tellers).priority!.before).toEqual(['vip-window']);
    expect(poolView(estimate({})).priority).toBeNull();
    const english = textOf(renderIn('en', <PoolEstimatesView result={result(vip, tellers)} />));
    expect(english).toContain(
      'Called first by all 4 units of VIP window, Tellers: wait from an approximate priority formula for one shared line whose service times differ.',
    );
    expect(english).toContain('Called after VIP window by all 4 units of VIP window, Tellers');
    expect(english).toContain('Approximate: the service times differ');
    const chinese = textOf(renderIn('zh-CN', <PoolEstimatesView result={result(vip, tellers)} />));
    expect(chinese).toContain(
      '「贵宾窗口」、「柜员」共 4 个都先叫这个排队：等待按服务时间不同的同一队列的优先级近似公式计算。',
    );
    expect(chinese).toContain('先叫「贵宾窗口」的排队，再叫这个排队');
    const exact = estimate({ priority: { ...group, form: 'cobham-mmc-equal-rates', rank: 2 } });
    expect(textOf(renderIn('en', <PoolEstimatesView result={result(vip, exact)} />))).toContain(
      'equal exponential service times (Cobham, exact)',
    );
  });

  it('shows a batch step: its pile, its work and when it is done, in both languages', () => {
    const filing = {
      step: 'b-file',
      label: { en: 'File the voucher', 'zh-CN': '凭证整理归档' },
      at: 960,
      items: 313.8,
      workMinutes: 251,
      doneAt: 1085.75,
      meanWaitMinutes: 59,
      workInHours: 251,
    };
    const clerk = estimate({ id: 'back-office', utilization: 0.35, batches: [filing] });
    expect(poolView(clerk).batches).toEqual([
      {
        step: 'b-file',
        label: filing.label,
        at: 960,
        items: 314,
        workHours: 4.2,
        done: { kind: 'at', minute: 1085.75 },
      },
    ]);
    const english = textOf(renderIn('en', <PoolEstimatesView result={result(clerk)} />));
    expect(english).toContain(
      '“File the voucher” as one batch at 16:00: ≈ 314 items, 4.2 h of work, done ≈ 18:06.',
    );
    const chinese = textOf(renderIn('zh-CN', <PoolEstimatesView result={result(clerk)} />));
    expect(chinese).toContain(
      '「凭证整理归档」于 16:00 批量处理：约 314 件，工作量 4.2 小时，约 18:06 处理完毕。',
    );
    const never = estimate({ batches: [{ ...filing, doneAt: null, meanWaitMinutes: null }] });
    expect(textOf(renderIn('en', <PoolEstimatesView result={result(never)} />))).toContain(
      'never done: too few units after 16:00',
    );
    const steady: PoolEstimates = { ok: true, mode: 'steady', pools: [clerk], diversions: [] };
    expect(textOf(renderIn('en', <PoolEstimatesView result={steady} />))).toContain(
      'at 16:00 every day: ≈ 314 items, 4.2 h of work.',
    );
  });

  it('warns in Chinese with the Chinese pool name', () => {
    const text = textOf(
      renderIn('zh-CN', <PoolEstimatesView result={result(overloadedTellers)} />),
    );
    expect(text).toContain('柜员：负荷 104%，队列将无限增长；请再增加 1 个（共 5 个）或减少到达。');
    expect(text).toContain('即时估算');
  });

  it('says why there is no estimate', () => {
    expect(
      textOf(
        renderIn('en', <PoolEstimatesView result={{ ok: false, reason: 'nothing arrives' }} />),
      ),
    ).toContain('No estimate: the blueprint cannot be simulated as it is (nothing arrives).');
    expect(textOf(renderIn('en', <PoolEstimatesView result={result()} />))).toContain(
      'Nothing to estimate yet',
    );
    expect(
      textOf(renderIn('en', <PoolEstimatesView result={null} error="worker crashed" />)),
    ).toContain('The estimate could not be made: worker crashed');
    expect(textOf(renderIn('en', <PoolEstimatesView result={null} pending />))).toContain(
      'Updating…',
    );
  });
});
