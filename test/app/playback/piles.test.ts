/**
 * The deposit's voucher filing is done as one batch at 16:00: its items are a pile, not
 * people. The live "Waiting" counts customers in queues only, and each batch step's items
 * not yet begun (on the pile, then taken and waiting for a clerk) are counted apart.
 */
import { expect, test } from 'vitest';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { example } from './support.ts';

const FILE = 'b-file';

test('Waiting counts customers only; the filing pile is counted apart, before and after 16:00', () => {
  for (const seed of [null, 2, 3]) {
    const session = new PlaybackSession(example('counter-deposit'), seed);
    expect(session.info.steps.find((step) => step.id === FILE)?.pile).toBe(true);
    expect(session.info.steps.filter((step) => step.pile)).toHaveLength(1);

    session.advance(14 * 60);
    const before = session.frame(0, { snapshot: true });
    // Before the batch: every deposit so far left a voucher on the pile, none queued yet.
    expect(before.piles[FILE]).toBeGreaterThan(100);
    expect(before.queueLengths[FILE] ?? 0).toBe(0);
    const customersWaiting = before.snapshot!.customers.filter((c) => c.state === 'waiting');
    expect(before.waiting).toBe(customersWaiting.length);

    session.advance(16 * 60 + 10);
    const after = session.frame(0, { snapshot: true });
    const queued = Object.values(after.queueLengths).reduce((sum, n) => sum + n, 0);
    // The clerks have taken the pile: its items wait for them, as background work.
    expect(after.queueLengths[FILE]).toBeGreaterThan(100);
    expect(after.piles[FILE]).toBe(after.queueLengths[FILE]);
    expect(after.snapshot!.piles[FILE]).toBe(0);
    expect(after.waiting).toBe(
      after.snapshot!.customers.filter((c) => c.state === 'waiting').length,
    );
    expect(after.waiting).toBeLessThan(queued - 100);
  }
});
