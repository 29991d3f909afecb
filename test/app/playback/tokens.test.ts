/** Engine events to token states, on a hand-written sequence. */
import { describe, expect, test } from 'vitest';
import type { PlaybackEvent, PlaybackInfo } from '../../../src/app/playback/playbackProtocol.ts';
import { LEAVE_MS, TokenTable, tokenKey } from '../../../src/app/playback/tokenModel.ts';

/** Two steps at one pool (priority classes: VIPs are served first) and an exit step. */
const info: PlaybackInfo = {
  steps: [
    { id: 'take', pool: -1, rejoinFront: false },
    { id: 'counter', pool: 0, rejoinFront: true },
    { id: 'leave', pool: -1, rejoinFront: false },
  ],
  pools: [{ id: 'tellers', levelOfClass: [1, 0] }],
  classes: [{ id: 'retail' }, { id: 'vip' }],
  mode: 'day',
  start: 540,
  arrivalsEnd: 1020,
  seed: 1,
  peakPerHour: null,
};

function event(
  caseId: number,
  stepIndex: number,
  name: PlaybackEvent['event'],
  classIndex = 0,
  background = false,
): PlaybackEvent {
  return { caseId, classIndex, stepIndex, event: name, time: 600, background };
}

describe('token states', () => {
  test('arrive, queue, be served in a seat, leave', () => {
    const table = new TokenTable(info);
    table.apply(event(1, 0, 'arrive'), 0);
    const token = table.tokens.get(tokenKey(1, false))!;
    expect(token).toMatchObject({ status: 'moving', step: 0, fromDoor: true });
    table.apply(event(1, 1, 'queue'), 0);
    expect(token.status).toBe('waiting');
    expect(table.queues[1]).toEqual([token.key]);
    table.apply(event(1, 1, 'start'), 0);
    expect(token).toMatchObject({ status: 'serving', seat: 0 });
    expect(table.queues[1]).toEqual([]);
    table.apply(event(1, 1, 'end'), 0);
    table.apply(event(1, 2, 'start'), 0);
    expect(table.seats[1]).toEqual([]);
    expect(token).toMatchObject({ step: 2, seat: 0 });
    table.apply(event(1, 2, 'end'), 100);
    table.apply(event(1, 2, 'exit'), 100);
    expect(token).toMatchObject({ status: 'leaving', outcome: 'served', leftAt: 100 });
    table.sweep(100 + LEAVE_MS / 2);
    expect(table.size).toBe(1); // still walking out
    table.sweep(100 + LEAVE_MS + 1);
    expect(table.size).toBe(0);
  });

  test('a priority customer queues ahead of the others, as the engine serves them', () => {
    const table = new TokenTable(info);
    for (const [caseId, classIndex] of [
      [1, 0],
      [2, 0],
      [3, 1],
    ] as const) {
      table.apply(event(caseId, 0, 'arrive', classIndex), 0);
      table.apply(event(caseId, 1, 'queue', classIndex), 0);
    }
    expect(table.queues[1]!.map((key) => key / 2)).toEqual([3, 1, 2]);
  });

  test('a customer sent to fix what failed comes back to the front of their level, once', () => {
    const table = new TokenTable(info);
    const arriveAndQueue = (caseId: number, classIndex: number) => {
      table.apply(event(caseId, 0, 'arrive', classIndex), 0);
      table.apply(event(caseId, 1, 'queue', classIndex), 0);
    };
    table.apply(event(1, 0, 'arrive'), 0);
    table.apply(event(1, 1, 'start'), 0);
    table.apply(event(1, 1, 'end'), 0);
    table.apply(event(1, 1, 'fail'), 0); // goto the slip: the counter's failure rejoins at the front
    arriveAndQueue(2, 0);
    arriveAndQueue(3, 1);
    table.apply(event(1, 0, 'start'), 0); // fixing the slip, at a step without a pool
    table.apply(event(1, 1, 'queue'), 0);
    expect(table.queues[1]!.map((key) => key / 2)).toEqual([3, 1, 2]);
    // Served, failed no more: the next time they queue, it is at the back.
    table.apply(event(1, 1, 'start'), 0);
    table.apply(event(1, 1, 'end'), 0);
    arriveAndQueue(4, 0);
    table.apply(event(1, 1, 'queue'), 0);
    expect(table.queues[1]!.map((key) => key / 2)).toEqual([3, 2, 4, 1]);
  });

  test('seats are kept while others come and go; a retry keeps its seat', () => {
    const table = new TokenTable(info);
    for (const caseId of [1, 2, 3]) {
      table.apply(event(caseId, 0, 'arrive'), 0);
      table.apply(event(caseId, 1, 'start'), 0);
    }
    table.apply(event(2, 1, 'fail'), 50);
    table.apply(event(2, 1, 'start'), 50); // retry
    expect(table.tokens.get(tokenKey(2, false))).toMatchObject({ seat: 1, failedAt: 50 });
    table.apply(event(1, 2, 'start'), 60); // the first moves on
    table.apply(event(4, 0, 'arrive'), 70);
    table.apply(event(4, 1, 'start'), 70);
    expect(table.tokens.get(tokenKey(4, false))!.seat).toBe(0); // the free seat
    expect(table.tokens.get(tokenKey(3, false))!.seat).toBe(2);
  });

  test('a customer who gives up leaves the queue and walks out marked as such', () => {
    const table = new TokenTable(info);
    table.apply(event(1, 0, 'arrive'), 0);
    table.apply(event(1, 1, 'queue'), 0);
    table.apply(event(1, 1, 'renege'), 10);
    table.apply(event(1, 1, 'abandon'), 10);
    expect(table.queues[1]).toEqual([]);
    expect(table.tokens.get(tokenKey(1, false))).toMatchObject({
      status: 'leaving',
      outcome: 'gaveUp',
    });
  });

  test('background work is its own token, starting where its customer is', () => {
    const table = new TokenTable(info);
    table.apply(event(5, 0, 'arrive'), 0);
    const customer = table.tokens.get(tokenKey(5, false))!;
    customer.x = 123;
    customer.y = 45;
    table.apply(event(5, 2, 'background', 0, true), 0);
    const work = table.tokens.get(tokenKey(5, true))!;
    expect(work).toMatchObject({ background: true, step: 2, x: 123, y: 45 });
    expect(table.size).toBe(2);
  });
});
