/**
 * The textbook's counter deposit drawn the way a designer draws it: take a number (取号),
 * wait to be called (排队等待: a step of its own, no pool, no time, marked W), hand over
 * the passbook (交存折: the first step that needs a teller), leave. Busy enough that
 * customers wait several minutes for a teller.
 */
import type { Blueprint } from '../../src/model/index.ts';

export function textbookDeposit(): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'textbook-deposit',
    name: { en: 'Deposit (textbook)', 'zh-CN': '存款（教材）' },
    steps: [
      {
        id: 'take-number',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Take a number', 'zh-CN': '取号' },
        duration: { type: 'uniform', min: 0.2, max: 0.6 },
      },
      {
        id: 'wait-call',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Wait to be called', 'zh-CN': '排队等待' },
        waitPoint: { note: 'The queue for a teller' },
      },
      {
        id: 'hand-over',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Hand over the passbook', 'zh-CN': '交存折' },
        duration: { type: 'exponential', mean: 4 },
        resource: { pool: 'tellers' },
      },
      {
        id: 'leave',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Leave', 'zh-CN': '离开' },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'f1', from: 'take-number', to: 'wait-call' },
      { id: 'f2', from: 'wait-call', to: 'hand-over' },
      { id: 'f3', from: 'hand-over', to: 'leave' },
    ],
    resources: [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 2 }],
    arrivals: { type: 'poisson', entry: 'take-number', perHour: 27 },
    run: { mode: 'day', open: '09:00', close: '17:00', replications: 10, seed: 7 },
  };
}
