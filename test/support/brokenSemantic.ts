/**
 * Broken blueprints that load as JSON and pass the schema but break a rule of the
 * model (section 5.4 of docs/blueprint-format.md): one change each to the semantic
 * test builders' small blueprint.
 */
import type { Blueprint, Finding } from '../../src/model/index.ts';
import { crossedHolds } from './deadlocks.ts';
import { addBranchTargets, findingsOf } from './semantic.ts';

function entry(b: Blueprint, step: string): void {
  b.arrivals = { type: 'poisson', entry: step, perHour: 5 };
}

export function semanticBrokenFindings(): Finding[] {
  const cases: ((b: Blueprint) => void)[] = [
    (b) => {
      b.dayTypes = [{ id: 'strike', staffing: { tellers: { capacity: 0 } } }];
    },
    (b) => {
      b.steps.push({ ...b.steps[0]!, label: 'Again' });
      b.flows.push({ ...b.flows[0]! });
    },
    (b) => {
      b.flows[1]!.to = 'leav';
      b.steps[1]!.resource = { pool: 'teller' };
      b.steps[1]!.phase = 'serving';
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'goto', step: 'nowhere' } };
      entry(b, 'door');
    },
    (b) => {
      b.classes = [{ id: 'retail', label: 'Retail', share: 1 }];
      b.flows[0]!.classes = ['retai'];
    },
    (b) => {
      b.steps.push({ id: 'ticket', kind: 'evidence', lane: 'evidence', label: 'Ticket' });
      entry(b, 'ticket');
    },
    (b) => {
      b.steps.push({ id: 'memo', kind: 'note', lane: 'support', label: 'Memo' });
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'goto', step: 'memo' } };
    },
    (b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 0.6;
      b.flows[2]!.probability = 0.3;
    },
    (b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 1;
    },
    (b) => {
      addBranchTargets(b);
      b.steps.push({
        id: 'wait',
        kind: 'action',
        lane: 'customer',
        label: 'Wait',
        exit: { outcome: 'completed' },
      });
      b.flows.push({ id: 'f4', from: 'serve', to: 'wait' });
      b.flows[1]!.probability = 1;
    },
    (b) => {
      addBranchTargets(b);
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[1]!.probability = 1;
      b.flows[1]!.classes = ['retail'];
      b.flows[2]!.probability = 0.5;
      b.flows[2]!.classes = ['vip'];
    },
    addBranchTargets,
    (b) => {
      addBranchTargets(b);
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
    },
    (b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[1]!.classes = ['retail'];
    },
    (b) => {
      b.resources![0]!.capacity = 0;
    },
    (b) => {
      b.steps[1]!.resource = { pool: 'tellers', units: 3 };
    },
    (b) => {
      b.resources![0]!.schedule = [
        { from: '12:00', to: '13:00', capacity: 1 },
        { from: '12:30', to: '14:00', capacity: 1 },
        { from: '16:00', to: '15:00', capacity: 1 },
      ];
    },
    (b) => {
      b.classes = [
        { id: 'a', label: 'A', share: 0.5 },
        { id: 'b', label: 'B', share: 0.4 },
      ];
    },
    (b) => {
      b.classes = [{ id: 'a', label: 'A' }];
    },
    (b) => {
      b.run = { mode: 'day', open: '17:00', close: '09:00' };
    },
    (b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'retry' } };
    },
    (b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'goto', step: 'serve' } };
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[1]!.missedCall = { probability: 1, callTime: call, then: { action: 'back' } };
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[0]!.missedCall = { probability: 0.1, callTime: call, then: { action: 'gone' } };
      delete b.steps[0]!.resource;
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[1]!.customerPresent = false;
      b.steps[1]!.missedCall = { probability: 0.1, callTime: call, then: { action: 'gone' } };
    },
    (b) => {
      b.steps[0]!.batch = { at: '16:00' };
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[1]!.batch = { at: '08:00' };
      b.steps[1]!.customerPresent = true;
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'retry' } };
      b.steps[1]!.missedCall = { probability: 0.1, callTime: call, then: { action: 'gone' } };
      b.steps[1]!.resource!.keepUntil = 'leave';
    },
    (b) => {
      b.steps[1]!.batch = { at: '18:00' };
    },
    (b) => {
      b.steps[1]!.batch = { at: '16:00' };
      b.steps[1]!.resource!.booked = true;
    },
    (b) => {
      b.steps[1]!.customerPresent = false;
      b.steps[1]!.resource!.booked = true;
    },
    (b) => {
      b.steps[1]!.batch = { at: '16:00' };
      b.steps[1]!.resource!.sameUnitAs = 'arrive';
      b.steps[2]!.resource = { pool: 'tellers', sameUnitAs: 'serve' };
    },
    (b) => {
      b.resources!.push({ id: 'desk', kind: 'staff', label: 'Desk', capacity: 1 });
      b.steps[0]!.resource = { pool: 'desk' };
      b.steps[1]!.resource!.sameUnitAs = 'arrive';
    },
    (b) => {
      b.steps[0]!.resource = { pool: 'tellers', sameUnitAs: 'serve' };
    },
    (b) => {
      b.flows[1]!.to = 'serve';
    },
    (b) => {
      b.flows.push({ id: 'again', from: 'serve', to: 'serve', background: true });
    },
    (b) => {
      b.arrivals = { type: 'poisson', entry: 'arrive', perHour: 1e9 };
    },
    (b) => {
      b.arrivals = {
        type: 'appointments',
        entry: 'arrive',
        slots: Array.from({ length: 11 }, () => ({ at: '10:00', count: 10_000 })),
      };
    },
    (b) => {
      b.steps.push({ id: 'slip', kind: 'evidence', lane: 'evidence', label: 'Slip' });
      b.flows.push({ id: 'f9', from: 'serve', to: 'slip', probability: 0.5, classes: ['x'] });
    },
    (b) => {
      b.flows.push({ id: 'f9', from: 'serve', to: 'leave', background: true, failing: true });
    },
    (b) => {
      b.steps.push({
        id: 'slip',
        kind: 'evidence',
        lane: 'evidence',
        label: 'Slip',
        duration: { type: 'fixed', value: 1 },
        exit: { outcome: 'completed' },
      });
    },
    (b) => {
      b.steps.push({
        id: 'island',
        kind: 'action',
        lane: 'backstage',
        label: 'Island',
        exit: { outcome: 'completed' },
      });
    },
    (b) => {
      delete b.steps[2]!.exit;
    },
    (b) => {
      b.steps[1]!.exit = { outcome: 'completed' };
    },
    (b) => {
      b.flows[1]!.to = 'arrive';
      b.steps.pop();
    },
    (b) => {
      b.steps[1]!.resource = { pool: 'tellers', keepUntil: 'arrive' };
    },
    (b) => {
      delete b.steps[1]!.duration;
    },
    (b) => {
      delete b.arrivals;
      b.classes = [
        { id: 'booked', label: 'Booked', share: 1 },
        {
          id: 'walk-in',
          label: 'Walk-in',
          arrivals: { type: 'poisson', entry: 'arrive', perHour: 5 },
        },
      ];
    },
    (b) => {
      delete b.arrivals;
      b.classes = [
        {
          id: 'booked',
          label: 'Booked',
          arrivals: { type: 'poisson', entry: 'arrive', perHour: 5 },
        },
        { id: 'ghost', label: 'Ghost' },
      ];
    },
    (b) => {
      b.arrivals = { type: 'appointments', entry: 'arrive', slots: [{ at: '10:00' }] };
      b.run = { mode: 'steady', horizon: 600 };
    },
    (b) => {
      delete b.run;
      b.arrivals = { type: 'appointments', entry: 'arrive', slots: [{ at: '08:30' }] };
    },
    (b) => {
      b.arrivals = {
        type: 'profile',
        entry: 'arrive',
        periods: [
          { from: '08:00', to: '09:00', perHour: 5 },
          { from: '09:00', to: '17:00', perHour: 20 },
        ],
      };
    },
    (b) => {
      Object.assign(b, crossedHolds());
    },
    // Flows taken by a queue's length: a chance beside the condition, a queue that cannot
    // form, background work, two rules for one class, and no way on when the queue is short.
    (b) => {
      b.flows.push({
        id: 'f-divert',
        from: 'arrive',
        to: 'leave',
        probability: 0.5,
        when: { queueAt: 'leave', atLeast: 3 },
      });
      b.flows.push({
        id: 'f-bg',
        from: 'arrive',
        to: 'leave',
        background: true,
        when: { queueAt: 'serve', atLeast: 3 },
      });
    },
    (b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[0]!.classes = ['vip'];
      b.flows.push({
        id: 'f-divert',
        from: 'arrive',
        to: 'leave',
        when: { queueAt: 'serve', atLeast: 3 },
      });
      b.flows.push({
        id: 'f-divert-2',
        from: 'arrive',
        to: 'leave',
        when: { queueAt: 'serve', atLeast: 6 },
      });
    },
    // Loops with a queue rule: a flow back that all the rule does not send on take, and a
    // rule's own flow back to a step that takes no time.
    (b) => {
      b.flows[1]!.when = { queueAt: 'serve', atLeast: 3 };
      b.flows.push({ id: 'again', from: 'serve', to: 'serve' });
      b.flows.push({
        id: 'look-again',
        from: 'arrive',
        to: 'arrive',
        when: { queueAt: 'serve', atLeast: 2 },
      });
    },
    // A pool that also serves others when idle: itself, twice, and a step it leaves alone.
    (b) => {
      b.steps[1]!.resource!.keepUntil = 'leave';
      b.resources!.push({
        id: 'vip',
        kind: 'staff',
        label: 'VIP window',
        capacity: 1,
        alsoServes: ['vip', 'tellers', 'tellers'],
      });
    },
    // A pool that serves others first: itself, and twice.
    (b) => {
      b.resources!.push({
        id: 'vip',
        kind: 'staff',
        label: 'VIP window',
        capacity: 1,
        servesFirst: ['vip', 'tellers', 'tellers'],
      });
    },
  ];
  return cases.flatMap((change) => findingsOf(change));
}
