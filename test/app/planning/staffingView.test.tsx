/** The staffing helper's states and what it shows: tries, the answer sentence, the reasons. */
import { describe, expect, it } from 'vitest';
import type { StaffingTarget, StaffingTry } from '../../../src/app/staffing/findStaffing.ts';
import { StaffingHelper } from '../../../src/app/staffing/StaffingHelper.tsx';
import { StaffingProgress } from '../../../src/app/staffing/StaffingProgress.tsx';
import {
  IDLE,
  type StaffingStatus,
  parseMinutes,
  staffingReducer,
  triesOf,
} from '../../../src/app/staffing/staffingState.ts';
import type { Results } from '../../../src/sim/index.ts';
import { minimalBlueprint } from '../../support/builders.ts';
import { renderIn, textOf } from './render.tsx';

const target: StaffingTarget = { percentile: 90, waitMinutes: 5 };
const tried = (units: number, waitMinutes: number | null, meetsTarget: boolean): StaffingTry => ({
  units,
  waitMinutes,
  utilization: 3 / units,
  meetsTarget,
});

describe('staffingReducer', () => {
  it('collects tries while searching and ends with the answer', () => {
    let status = staffingReducer(IDLE, { type: 'start', target });
    status = staffingReducer(status, { type: 'try', tried: tried(3, 9.1, false) });
    status = staffingReducer(status, { type: 'try', tried: tried(4, 3.2, true) });
    expect(triesOf(status).map((t) => t.units)).toEqual([3, 4]);
    const answer = {
      reachable: true as const,
      units: 4,
      waitMinutes: 3.2,
      utilization: 0.78,
      tries: triesOf(status),
    };
    status = staffingReducer(status, { type: 'answer', answer });
    expect(status).toEqual({ phase: 'done', target, answer });
  });

  it('a cancel keeps the tries, and a late answer after it changes nothing', () => {
    let status = staffingReducer(IDLE, { type: 'start', target });
    status = staffingReducer(status, { type: 'try', tried: tried(3, 9.1, false) });
    status = staffingReducer(status, { type: 'cancel' });
    expect(status).toMatchObject({ phase: 'cancelled', tries: [{ units: 3 }] });
    const late = staffingReducer(status, {
      type: 'answer',
      answer: { reachable: false, reason: 'cap', tries: [] },
    });
    expect(late).toBe(status);
    expect(staffingReducer(status, { type: 'try', tried: tried(4, 1, true) })).toBe(status);
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
    answer: {
      reachable: true,
      units: 4,
      waitMinutes: 3.2,
      utilization: 0.78,
      tries: [tried(3, 9.14, false), tried(4, 3.2, true)],
    },
  };

  it('shows each try and the answer with its utilisation', () => {
    const text = textOf(renderIn('en', <StaffingProgress status={done} poolName="tellers" />));
    expect(text).toContain('3 → p90 9.1 min');
    expect(text).toContain('4 → p90 3.2 min');
    expect(text).toContain('4 tellers: 90 % wait under 5 min (p90 3.2 min), 78 % busy');
  });

  it('in Chinese', () => {
    const text = textOf(renderIn('zh-CN', <StaffingProgress status={done} poolName="柜员" />));
    expect(text).toContain('4 个柜员：90% 的客户等待不超过 5 分钟（p90 3.2 分钟），78% 繁忙');
  });

  it('marks tries that meet the target in words for screen readers', () => {
    const html = renderIn('en', <StaffingProgress status={done} poolName="tellers" />);
    expect(html).toContain('aria-label="misses the target"');
    expect(html).toContain('aria-label="meets the target"');
  });

  it('says why a target cannot be reached', () => {
    const cap: StaffingStatus = {
      phase: 'done',
      target,
      answer: {
        reachable: false,
        reason: 'cap',
        tries: [tried(49, 12, false), tried(50, 11, false)],
      },
    };
    expect(textOf(renderIn('en', <StaffingProgress status={cap} poolName="tellers" />))).toContain(
      'Not reachable: even 50 tellers do not meet the target.',
    );
    const flat: StaffingStatus = {
      phase: 'done',
      target,
      answer: { reachable: false, reason: 'no-improvement', tries: [] },
    };
    expect(textOf(renderIn('en', <StaffingProgress status={flat} poolName="tellers" />))).toContain(
      'customers wait somewhere else',
    );
  });

  it('shows progress, a cancel and a failure', () => {
    const searching: StaffingStatus = {
      phase: 'searching',
      target,
      tries: [tried(3, null, false)],
    };
    const text = textOf(renderIn('en', <StaffingProgress status={searching} poolName="tellers" />));
    expect(text).toContain('3 → nobody measured');
    expect(text).toContain('Simulating…');
    expect(
      textOf(
        renderIn(
          'en',
          <StaffingProgress status={{ phase: 'cancelled', target, tries: [] }} poolName="x" />,
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
    expect(html).toMatch(/<option value="90" selected="">90 %<\/option>/);
    expect(html).toMatch(/<button type="submit" class="planning-primary">Find<\/button>/);
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
