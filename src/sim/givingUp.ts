/**
 * Customers who give up: those who balk (reach a queue, find it too long and leave at
 * once) and those who renege (join it, and leave when their patience runs out before
 * they are served). The customer flow (customerFlow.ts) asks here when a customer would
 * have to queue, when one joins a queue and when a patience timer fires.
 */
import type { Customers } from './customers.ts';
import type { EventQueue } from './eventQueue.ts';
import { RENEGE } from './eventKinds.ts';
import type { MissedCallHost } from './missedCalls.ts';
import type { CompiledModel } from './model.ts';
import type { Pools } from './pools.ts';
import type { Random } from './random.ts';
import type { Collector } from './stats/collector.ts';

/** What giving up needs of the customer flow: its clock, its event report and its exit. */
export type GivingUpHost = MissedCallHost;

export class GivingUp {
  constructor(
    private readonly model: CompiledModel,
    private readonly people: Customers,
    private readonly stats: Collector,
    private readonly events: EventQueue,
    private readonly pools: Pools,
    /** Per class: the patience stream, null for a class without patience (flowStreams.ts). */
    private readonly patienceRandom: (Random | null)[],
    private readonly flow: GivingUpHost,
  ) {}

  /**
   * Customer c would have to queue for step `s`'s pool: whether they turn away from the
   * line instead. One who does is counted and has left the run when this returns true.
   */
  balked(c: number, s: number, pool: number, patienceExempt: boolean): boolean {
    const people = this.people;
    if (
      people.background[c] !== 0 ||
      patienceExempt ||
      // Called back to the front, a customer does not turn away from the line.
      people.rejoinFront[c] !== 0 ||
      this.pools.waiting[pool]! < this.model.classes[people.classIndex[c]!]!.balkAt
    )
      return false;
    this.stats.balk(s, people.classIndex[c]!);
    this.flow.emit(c, s, 'balk');
    this.flow.depart(c, 'abandoned', s);
    return true;
  }

  /** Customer c joined step `s`'s queue with this token: their patience starts to run. */
  startPatience(c: number, patienceExempt: boolean, token: number): void {
    const people = this.people;
    // Work does not give up, nor does a file waiting without its customer, nor a customer
    // with an appointment (booked).
    if (people.background[c] !== 0 || patienceExempt) return;
    const classIndex = people.classIndex[c]!;
    const { patience, patienceShift } = this.model.classes[classIndex]!;
    if (patience)
      this.events.push(
        // Nobody gives up in the first patienceShift minutes; the draw counts from then.
        this.flow.now + patienceShift + patience.sample(this.patienceRandom[classIndex]!),
        RENEGE,
        c,
        token,
      );
  }

  /** A patience timer fired: the customer leaves the queue unless served since (token). */
  onRenege(c: number, token: number): void {
    const people = this.people;
    if (people.alive[c] === 0 || people.token[c] !== token || people.waitingAt[c]! < 0) return;
    const s = people.waitingAt[c]!;
    const now = this.flow.now;
    const counters = this.stats.steps[s]!;
    counters.renegedWait.add(this.pools.leave(c, now));
    this.stats.renege(s, people.classIndex[c]!);
    this.flow.emit(c, s, 'renege');
    this.flow.depart(c, 'abandoned', s);
    this.pools.dispatch(this.model.steps[s]!.pool, now); // the one who left may have blocked the head
  }
}
