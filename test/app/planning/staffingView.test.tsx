/** The staffing helper's states and what it shows: tries, the answer sentence, the reasons. */
import { describe, expect, it } from 'vitest';
import type {
  StaffingAnswer,
  StaffingTarget,
  StaffingTry,
} from '../../../src/app/staffing/findStaffing.ts';
import { StaffingHelper } from '../../../src/app/staffing/StaffingHelper.tsx';
import { StaffingProgress } from '../../../src/app/staffing/StaffingProgress.tsx';
import {
  IDLE,
  type StaffingStatus,
  parseMinutes,
  staffingReducer,
  triesOf,
} from '../../../src/app/staffing/staffingState.ts';
import type { TargetVerdict } from '../../../src/app/staffing/targetVerdict.ts';
import type { Results } from '../../../src/sim/index.ts';
import { minimalBlueprint } from '../../support/builders.ts';
import { renderIn, textOf } from './render.tsx';

const target: StaffingTarget = { percentile: 90, waitMinutes: 5 };
/** A try with a share within the target of `mean` ± 0.02 over 20 replications. */
const tried = (units: number, mean: number | null, verdict: TargetVerdict): StaffingTry => ({
  units,
  share: mean === null ? null : { mean, ci95: [mean - 0.02, mean + 0.02], replications: 20 },
  verdict,
  waitMinutes: mean === null ? null : 12 / units,
  utilization: 3 / units,
  cost: 200 + 360 * units,
});

/** The answer with `units` and the tries, as the search gives it. */
function found(units: number, tries: StaffingTry[], undecided: number[] = []): StaffingAnswer {
  const last = tries.find((t) => t.units === units)!;
  return {
    reachable: true,
    units,
    share: last.share!,
    waitMinutes: last.waitMinutes,
    utilization: 0.78,
    undecided,
    tries,
  };
}

describe('staffingReducer', () => {
  it('collects tries while searching and ends with the answer', () => {
    let status = staffingReducer(IDLE, { type: 'start', target });
    status = staffingReducer(status, { type: 'try', tried: tried(3, 0.8, 'not-met') });
    status = staffingReducer(status, { type: 'try', tried: tried(4, 0.95, 'met') });
    expect(triesOf(status).map((t) => t.units)).toEqual([3, 4]);
    const answer = found(4, triesOf(status));
    status = staffingReducer(status, { type: 'answer', answer });
    expect(status).toEqual({ phase: 'done', target, answer });
  });

  it('a cancel keeps the tries, and a late answer after it changes nothing', () => {
    let status = staffingReducer(IDLE, { type: 'start', target });
    status = staffingReducer(status, { type: 'try', tried: tried(3, 0.8, 'not-met') });
    status = staffingReducer(status, { type: 'cancel' });
    expect(status).toMatchObject({ phase: 'cancelled', tries: [{ units: 3 }] });
    const late = staffingReducer(status, {
      type: 'answer',
      answer: { reachable: false, reason: 'cap', tries: [] },
    });
    expect(late).toBe(status);
    expect(staffingReducer(status, { type: 'try', tried: tried(4, 0.95, 'met') })).toBe(status);
  });

  it('a failure says why', () => {
    const status = staffingReducer(staffingReducer(IDLE, { type: 'start', target }), {
      type: 'fail',
      reason: 'worker crashed',
    });
    expect(status).toMatchObject({ phase: 'failed', reason: 'worker crashed' });
  });
});

describe('parseMinutes', () => {
  it('takes positive numbers, with a comma as a decimal point', () => {
    expect(parseMinutes('5')).toBe(5);
    expect(parseMinutes(' 2,5 ')).toBe(2.5);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('-3')).toBeNull();
    expect(parseMinutes('soon')).toBeNull();
  });
});

describe('StaffingProgress', () => {
  const done: StaffingStatus = {
    phase: 'done',
    target,
    answer: found(4, [tried(3, 0.8514, 'not-met'), tried(4, 0.934, 'met')]),
  };

  it('shows each try with its interval and verdict in words, and the answer', () => {
    const text = textOf(
      renderIn('en', <StaffingProgress status={done} poolName="tellers" who="customers" />),
    );
    expect(text).toContain(
      '3 → 85.1 % of customers within 5 min (95 % CI 83.1–87.1 %), p90 4 min ✗ target not met with 95 % confidence',
    );
    expect(text).toContain(
      '4 → 93.4 % of customers within 5 min (95 % CI 91.4–95.4 %), p90 3 min ✓ target met with 95 % confidence',
    );
    expect(text).toContain(
      '4 tellers: 90 % of customers wait under 5 min, target met with 95 % confidence (93.4 % within, 95 % CI 91.4–95.4 %, 20 replications), 78 % busy',
    );
  });

  it("names the class when the target is one class's", () => {
    const vip: StaffingStatus = { ...done, target: { ...target, classId: 'vip' } };
    const en = textOf(
      renderIn('en', <StaffingProgress status={vip} poolName="tellers" who="VIP clients" />),
    );
    expect(en).toContain('4 → 93.4 % of VIP clients within 5 min');
    expect(en).toContain('4 tellers: 90 % of VIP clients wait under 5 min, target met');
    const zh = textOf(
      renderIn('zh-CN', <StaffingProgress status={vip} poolName="柜员" who="「VIP 客户」" />),
    );
    expect(zh).toContain('4 个「柜员」：90% 的「VIP 客户」等待不超过 5 分钟');
  });

  it('in Chinese', () => {
    const text = textOf(
      renderIn('zh-CN', <StaffingProgress status={done} poolName="柜员" who="客户" />),
    );
    expect(text).toContain(
      '4 → 93.4% 的客户等待不超过 5 分钟（95% 置信区间 91.4%–95.4%），p90 3 分钟 ✓ 在 95% 置信水平下达到目标',
    );
    expect(text).toContain('在 95% 置信水平下未达到目标');
    expect(text).toContain(
      '4 个「柜员」：90% 的客户等待不超过 5 分钟，在 95% 置信水平下达到目标（93.4% 达标，95% 置信区间 91.4%–95.4%，20 次重复），78% 繁忙',
    );
  });

  it('too close to call: says so, with the counts undecided, and asks for more replications', () => {
    const undecided: StaffingStatus = {
      phase: 'done',
      target,
      answer: found(
        5,
        [
          tried(2, 0.6, 'not-met'),
          tried(3, 0.89, 'too-close'),
          tried(4, 0.9, 'too-close'),
          tried(5, 0.95, 'met'),
        ],
        [3, 4],
      ),
    };
    const html = renderIn(
      'en',
      <StaffingProgress status={undecided} poolName="tellers" who="customers" />,
    );
    expect(textOf(html)).toContain('(95 % CI 87.0–91.0 %), p90 4 min ? too close to call');
    expect(textOf(html)).toContain(
      'Too close to call with 3–4 tellers; 5 meet the target with 95 % confidence (95.0 % of customers within 5 min, 95 % CI 93.0–97.0 %), 78 % busy. More replications (now 20) would tell whether fewer than 5 are enough.',
    );
    expect(html).toContain('data-verdict="too-close"');
    expect(
      textOf(renderIn('zh-CN', <StaffingProgress status={undecided} poolName="柜员" who="客户" />)),
    ).toContain(
      '3–4 个「柜员」时差距过小，无法判定；5 个「柜员」在 95% 置信水平下达到目标（95.0% 的客户等待不超过 5 分钟，95% 置信区间 93.0%–97.0%），78% 繁忙。增加重复次数（目前 20 次）才能判定少于 5 个是否足够。',
    );
  });

  it('says why a target cannot be reached', () => {
    const cap: StaffingStatus = {
      phase: 'done',
      target,
      answer: {
        reachable: false,
        reason: 'cap',
        tries: [tried(49, 0.5, 'not-met'), tried(50, 0.51, 'not-met')],
      },
    };
    expect(
      textOf(renderIn('en', <StaffingProgress status={cap} poolName="tellers" who="customers" />)),
    ).toContain('Not reachable: even 50 tellers do not meet the target with 95 % confidence.');
    const flat: StaffingStatus = {
      phase: 'done',
      target,
      answer: { reachable: false, reason: 'no-improvement', tries: [] },
    };
    expect(
      textOf(renderIn('en', <StaffingProgress status={flat} poolName="tellers" who="customers" />)),
    ).toContain(
      'one more unit no longer made a clear difference (paired comparison, 95 %), so customers wait somewhere else',
    );
    const one: StaffingStatus = {
      phase: 'done',
      target,
      answer: { reachable: false, reason: 'too-few-replications', tries: [] },
    };
    expect(
      textOf(renderIn('zh-CN', <StaffingProgress status={one} poolName="柜员" who="客户" />)),
    ).toContain('仅 1 次重复无法判定是否达到目标');
  });

  it('shows progress, a cancel and a failure', () => {
    const searching: StaffingStatus = {
      phase: 'searching',
      target,
      tries: [tried(3, null, 'not-met')],
    };
    const text = textOf(
      renderIn('en', <StaffingProgress status={searching} poolName="tellers" who="customers" />),
    );
    expect(text).toContain('3 → nobody measured');
    expect(text).toContain('Simulating…');
    expect(
      textOf(
        renderIn(
          'en',
          <StaffingProgress
            status={{ phase: 'cancelled', target, tries: [] }}
            poolName="x"
            who="customers"
          />,
        ),
      ),
    ).toBe('Cancelled.');
    expect(
      textOf(
        renderIn(
          'en',
          <StaffingProgress
            status={{ phase: 'failed', target, tries: [], reason: 'boom' }}
            poolName="x"
            who="customers"
          />,
        ),
      ),
    ).toBe('The search stopped: boom');
  });
});

describe('StaffingHelper', () => {
  const run = () => Promise.reject(new Error('not used in a static render'));

  it('offers pool, percentile and minutes, with labels', () => {
    const html = renderIn(
      'en',
      <StaffingHelper
        blueprint={minimalBlueprint()}
        run={run as () => Promise<Results>}
        busy={false}
      />,
    );
    const text = textOf(html);
    expect(text).toContain('Staffing helper');
    expect(text).toContain('Pool');
    expect(text).toContain('Wait under (min)');
    expect(html).toMatch(/<option value="tellers" selected="">Tellers<\/option>/);
    // No promise in the blueprint: 90 % within 5 min is offered.
    expect(html).toMatch(/<input[^>]*type="number"[^>]*value="90"/);
    expect(html).toMatch(/<input[^>]*value="5"/);
    expect(html).toMatch(/<button type="submit" class="planning-primary">Find<\/button>/);
  });

  it('offers a choice of customers only with two or more classes', () => {
    const one = renderIn(
      'en',
      <StaffingHelper
        blueprint={minimalBlueprint()}
        run={run as () => Promise<Results>}
        busy={false}
      />,
    );
    expect(textOf(one)).not.toContain('All customers');
    const blueprint = minimalBlueprint();
    blueprint.classes = [
      { id: 'vip', label: { en: 'VIP clients', 'zh-CN': 'VIP 客户' }, share: 0.2 },
      { id: 'retail', label: { en: 'Retail', 'zh-CN': '普通客户' }, share: 0.8 },
    ];
    const html = renderIn(
      'zh-CN',
      <StaffingHelper blueprint={blueprint} run={run as () => Promise<Results>} busy={false} />,
    );
    expect(textOf(html)).toContain('客户类别');
    expect(html).toMatch(/<option value="" selected="">全部客户<\/option>/);
    expect(html).toMatch(/<option value="vip">VIP 客户<\/option>/);
  });

  it('does not offer Find while another run is busy', () => {
    const html = renderIn(
      'en',
      <StaffingHelper blueprint={minimalBlueprint()} run={run as () => Promise<Results>} busy />,
    );
    expect(html).toMatch(
      /<button type="submit" class="planning-primary" disabled="">Find<\/button>/,
    );
  });

  it('says so when there is no pool', () => {
    const blueprint = minimalBlueprint();
    delete blueprint.resources;
    expect(
      textOf(
        renderIn(
          'zh-CN',
          <StaffingHelper blueprint={blueprint} run={run as () => Promise<Results>} busy={false} />,
        ),
      ),
    ).toContain('该蓝图没有可配置的资源。');
  });
});
