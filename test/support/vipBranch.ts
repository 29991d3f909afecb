/**
 * A small branch with a VIP window beside the ordinary tellers, for the app's tests of
 * the levers of issue 13: retail customers go to the tellers, VIP clients to the VIP
 * window; both pools have a price. Options add the VIP window serving the tellers' queue
 * when idle (`alsoServes`) and missed tickets (过号) at the tellers.
 */
import type { Blueprint } from '../../src/model/index.ts';

export interface VipBranchOptions {
  alsoServes?: boolean;
  missedCall?: boolean;
}

export function vipBranch(options: VipBranchOptions = {}): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'vip-branch',
    name: { en: 'Branch with a VIP window', 'zh-CN': '设贵宾窗口的网点' },
    classes: [
      { id: 'retail', label: { en: 'Retail', 'zh-CN': '零售客户' }, share: 0.8 },
      { id: 'vip', label: { en: 'VIP', 'zh-CN': '贵宾客户' }, share: 0.2, priority: 1 },
    ],
    steps: [
      {
        id: 'take-number',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Take a number', 'zh-CN': '取号' },
        duration: { type: 'fixed', value: 0.2 },
      },
      {
        id: 'counter',
        kind: 'action',
        lane: 'frontstage',
        label: { en: 'Deposit at the counter', 'zh-CN': '柜台存款' },
        duration: { type: 'exponential', mean: 5 },
        resource: { pool: 'tellers' },
        ...(options.missedCall
          ? {
              missedCall: {
                probability: 0.08,
                callTime: { type: 'uniform' as const, min: 0.5, max: 1 },
                then: { action: 'recall' as const, after: 2, returnProbability: 0.6 },
              },
            }
          : {}),
      },
      {
        id: 'vip-counter',
        kind: 'action',
        lane: 'frontstage',
        label: { en: 'Served at the VIP window', 'zh-CN': '贵宾窗口办理' },
        duration: { type: 'exponential', mean: 6 },
        resource: { pool: 'vip-window' },
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
      { id: 'to-counter', from: 'take-number', to: 'counter', classes: ['retail'] },
      { id: 'to-vip', from: 'take-number', to: 'vip-counter', classes: ['vip'] },
      { id: 'counter-out', from: 'counter', to: 'leave' },
      { id: 'vip-out', from: 'vip-counter', to: 'leave' },
    ],
    resources: [
      {
        id: 'tellers',
        kind: 'staff',
        label: { en: 'Tellers', 'zh-CN': '柜员' },
        capacity: 2,
        costPerHour: 45,
      },
      {
        id: 'vip-window',
        kind: 'staff',
        label: { en: 'VIP window', 'zh-CN': '贵宾窗口' },
        capacity: 1,
        costPerHour: 60,
        ...(options.alsoServes ? { alsoServes: ['tellers'] } : {}),
      },
    ],
    arrivals: { type: 'poisson', entry: 'take-number', perHour: 24 },
    run: { mode: 'day', open: '09:00', close: '13:00', replications: 8, seed: 11 },
  };
}
