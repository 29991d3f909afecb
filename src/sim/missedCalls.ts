/**
 * Missed tickets: a customer called from a step's queue may not be at the window. The
 * units then wait the call time; afterwards the customer comes back (queued again behind
 * a few tickets, or at the back) or is lost. The customer flow (customerFlow.ts) asks
 * here when it calls someone from the queue and when a call time ends.
 */
import type { EventName } from './customerEvents.ts';
import type { Customers } from './customers.ts';
import type { EventQueue } from './eventQueue.ts';
import { CALL_END } from './eventKinds.ts';
import { streamIfUsed } from './flowStreams.ts';
import type { CompiledMissedCall, CompiledModel } from './model.ts';
import type { Pools } from './pools.ts';
import type { Random } from './random.ts';
import type { Collector, Outcome } from './stats/collector.ts';

/** What missed calls need of the customer flow: its clock, its event report and its exit. */
export interface MissedCallHost {
  readonly now: number;
  emit(c: number, s: number, event: EventName): void;
  depart(c: number, outcome: Outcome, s: number): void;
}

export class MissedCalls {
  /** Per step with missed tickets: whether the called is there, the call time, the return. */
  private readonly missedRandom: (Random | null)[];

  constructor(
    private readonly model: CompiledModel,
    seed: number,
    replication: number,
    private readonly people: Customers,
    private readonly stats: Collector,
    private readonly events: EventQueue,
    private readonly pools: Pools,
    private readonly moveLimit: number,
    private readonly flow: MissedCallHost,
  ) {
    this.missedRandom = model.steps.map((s) =>
      streamIfUsed(seed, replication, s.missedCall !== null, `step:${s.id}:missed`),
    );
  }

  /** The run's clock, the flow's. */
  private get now(): number {
    return this.flow.now;
  }

  /**
   * A customer called from step `s`'s queue (the units already taken) may not be there:
   * then the units wait the call time (CALL_END) and true is returned.
   */
  calledAway(c: number, s: number, missed: CompiledMissedCall): boolean {
    if (this.people.background[c] === 1) return false; // a file is always there
    const counters = this.stats.steps[s]!;
    counters.calls++;
    const chance = missed.chance[this.people.classIndex[c]!]!;
    const random = this.missedRandom[s]!;
    if (chance <= 0 || (chance < 1 && random.next() >= chance)) return false;
    const callTime = missed.callTime.sample(random);
    counters.missedCalls++;
    counters.callMinutes += callTime * this.model.steps[s]!.units;
    this.flow.emit(c, s, 'missed');
    this.people.busyUntil[c] = this.now + callTime;
    this.events.push(this.now + callTime, CALL_END, c, 0);
    return true;
  }

  /**
   * The window has called an absent customer long enough and takes the next ticket. The
   * customer comes back (queued again: behind a few tickets, or at the back) or is lost.
   * One who comes back neither balks nor gives up: they hold a place in the line.
   */
  onCallEnd(c: number): void {
    const people = this.people;
    const s = people.step[c]!;
    const step = this.model.steps[s]!;
    const missed = step.missedCall!;
    people.busyUntil[c] = NaN;
    const chance = missed.returnChance;
    const returns = chance >= 1 || (chance > 0 && this.missedRandom[s]!.next() < chance);
    const counters = this.stats.steps[s]!;
    if (returns && ++people.moves[c]! <= this.moveLimit) {
      counters.recalled++;
      // At the back is an ordinary join; behind a few tickets is placed in the line.
      const after = missed.after === Infinity ? -1 : missed.after;
      this.pools.join(c, s, step.pool, this.now, after);
      this.flow.emit(c, s, 'recall');
      this.pools.releaseCall(c, s, this.now); // the window calls the next ticket
      return;
    }
    // The units go back (charged to this visit) before the customer leaves.
    this.pools.releaseCall(c, s, this.now);
    if (returns) return this.flow.depart(c, 'stuck', s); // recalled again and again: a loop
    counters.missedLost++;
    if (people.background[c] === 0) this.stats.missedLost(people.classIndex[c]!);
    this.flow.depart(c, 'abandoned', s);
  }
}
