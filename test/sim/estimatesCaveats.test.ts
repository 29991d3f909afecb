/**
 * The caveat `after-busy-pool` (estimateCaveats.ts) class by class: a pool's customers
 * came through a busy pool's line first only when some class joins both lines in that
 * order, whatever steps the classes share.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint, Step } from '../../src/model/index.ts';
import { tandemQueue } from '../support/queues.ts';
import { exponential, pool, readExample } from '../support/estimates.ts';

const day: Blueprint['run'] = { mode: 'day', open: '09:00', close: '17:00' };

describe('customers come through a busy pool first', () => {
  it('holds for the second of two stations in a line, the first 85 % busy', () => {
    const line = tandemQueue(
      0.85,
      [
        { id: 'first', servers: 1, service: exponential(1) },
        { id: 'second', servers: 2, service: exponential(1) },
      ],
      day,
    );
    expect(pool(line, 'second-pool').caveats).toContain('after-busy-pool');
    expect(pool(line, 'first-pool').caveats).not.toContain('after-busy-pool');
  });

  it('the VIP example: the busy VIP window’s class never reaches the tellers, nor theirs it', () => {
    // Both windows send a failed customer back to the slip, from where each class goes
    // to its own window: no class goes through one window's line and then the other's.
    const vip = readExample('counter-deposit-vip.json');
    expect(pool(vip, 'tellers').caveats).not.toContain('after-busy-pool');
    expect(pool(vip, 'vip-window').caveats).not.toContain('after-busy-pool');
    // Every teller calls the VIP tickets first (servesFirst) and the VIP window ordinary
    // tickets when idle: one priority group, whose services differ (an approximation).
    for (const id of ['vip-window', 'tellers']) {
      expect(pool(vip, id).caveats).toContain('priority-approximate');
      expect(pool(vip, id).caveats).not.toContain('served-first');
      expect(pool(vip, id).caveats).not.toContain('serves-first');
      expect(pool(vip, id).caveats).not.toContain('helped');
    }
    expect(pool(vip, 'ticket-machine').caveats).toEqual([]);
    // Without the VIP window calling ordinary tickets, the tellers call the VIP tickets
    // first but the VIP window never theirs: not one line, not modelled, said beside both.
    const oneWay = structuredClone(vip);
    delete oneWay.resources![1]!.alsoServes;
    expect(pool(oneWay, 'vip-window').caveats).toContain('served-first');
    expect(pool(oneWay, 'tellers').caveats).toContain('serves-first');
    expect(pool(oneWay, 'tellers').priority).toBeNull();
    // Were the VIPs sent on to the tellers after their window, it would hold.
    vip.flows = vip.flows.map((flow) =>
      flow.id === 'f-vip--c-leave' ? { ...flow, to: 'f-teller' } : flow,
    );
    expect(pool(vip, 'tellers').caveats).toContain('after-busy-pool');
  });

  it('a shared step does not carry one class’s busy pool over to the other’s', () => {
    const station = (id: string, extra: Partial<Step> = {}): Step => ({
      id,
      kind: 'action',
      lane: 'frontstage',
      label: id,
      duration: exponential(1),
      resource: { pool: id },
      ...extra,
    });
    const back = { probability: 0.1, then: { action: 'goto' as const, step: 'slip' } };
    const blueprint: Blueprint = {
      format: 'blueprint-lab',
      version: 4,
      id: 'two-classes',
      name: 'Two classes',
      steps: [
        { id: 'slip', kind: 'action', lane: 'customer', label: 'Slip' },
        station('busy', { failure: back }),
        station('quiet', { failure: back }),
        station('after'),
        {
          id: 'out',
          kind: 'action',
          lane: 'customer',
          label: 'Out',
          exit: { outcome: 'completed' },
        },
      ],
      flows: [
        { id: 'to-busy', from: 'slip', to: 'busy', classes: ['a'] },
        { id: 'to-quiet', from: 'slip', to: 'quiet', classes: ['b'] },
        { id: 'busy-after', from: 'busy', to: 'after' },
        { id: 'quiet-out', from: 'quiet', to: 'out' },
        { id: 'after-out', from: 'after', to: 'out' },
      ],
      resources: ['busy', 'quiet', 'after'].map((id) => ({
        id,
        kind: 'staff' as const,
        label: id,
        capacity: id === 'busy' ? 1 : 2,
      })),
      classes: [
        { id: 'a', label: 'A', arrivals: { type: 'poisson', entry: 'slip', perHour: 50 } },
        { id: 'b', label: 'B', arrivals: { type: 'poisson', entry: 'slip', perHour: 30 } },
      ],
      run: day,
    };
    expect(pool(blueprint, 'after').caveats).toContain('after-busy-pool');
    expect(pool(blueprint, 'quiet').caveats).not.toContain('after-busy-pool');
  });
});

describe('customers who wait for the unit that served them before', () => {
  it('the loan example: its loan officers keep their cases, said beside their figure', () => {
    const loan = readExample('loan-application.json');
    expect(pool(loan, 'loan-officers').caveats).toContain('same-unit');
    // Without sameUnitAs any free officer serves them: nothing to say.
    for (const step of loan.steps) if (step.resource) delete step.resource.sameUnitAs;
    expect(pool(loan, 'loan-officers').caveats).not.toContain('same-unit');
  });
});
