/**
 * Deadlocks of hold and wait (docs/blueprint-format.md, 4.3): customers who keep one
 * pool's units (keepUntil) while queueing for another can end up waiting for each other
 * for ever, and nothing in the run would ever wake them. The watch looks only when a
 * customer who keeps units starts to wait (the one moment a deadlock can form), and only
 * past a constant-time test, so a run without one pays next to nothing. A deadlock found
 * is broken by stopping one of its customers at a time, the one who closed the circle
 * first, as stuck, until none is left: the run goes on and the warning `deadlock` says
 * so (docs/results-format.md, 5).
 */
import type { Customers } from './customers.ts';
import type { CompiledModel } from './model.ts';
import type { Pools } from './pools.ts';

/** What a replication saw of deadlocks: when the first formed, the pools and queues in them. */
export interface DeadlockSighting {
  /** The run's clock (minutes) when the first deadlock formed. */
  minute: number;
  /** Indices of the pools the stuck customers kept or waited for, in the model's order. */
  pools: number[];
  /** Indices of the steps at whose queues they were stuck, in the model's order. */
  steps: number[];
}

export class DeadlockWatch {
  private readonly peak: Int32Array;
  private readonly pools = new Set<number>();
  private readonly steps = new Set<number>();
  private first = NaN;
  private checking = false;

  constructor(
    private readonly model: CompiledModel,
    private readonly people: Customers,
    private readonly queues: Pools,
    /** Takes a waiting customer out of their queue and out of the run, as stuck. */
    private readonly stop: (c: number) => void,
  ) {
    this.peak = Int32Array.from(model.pools, (pool) =>
      Math.max(pool.baseCapacity, ...pool.changes.map((change) => change.capacity)),
    );
  }

  /** What was seen so far, or null when no deadlock formed. */
  get sighting(): DeadlockSighting | null {
    if (Number.isNaN(this.first)) return null;
    const ascending = (a: number, b: number): number => a - b;
    return {
      minute: this.first,
      pools: [...this.pools].sort(ascending),
      steps: [...this.steps].sort(ascending),
    };
  }

  /** Customer `c`, keeping units, has just joined a queue (and was not served at once). */
  afterHoldingJoin(c: number, now: number): void {
    if (this.checking || !this.mayBeStuck(c)) return;
    this.checking = true;
    try {
      for (let stuck = this.stuckHolders(); stuck.length > 0; stuck = this.stuckHolders()) {
        this.record(stuck, now);
        this.stop(stuck.includes(c) ? c : stuck[0]!);
      }
    } finally {
      this.checking = false;
    }
  }

  /**
   * False when `c` can surely be served some day: enough of the pool's units are not kept
   * across steps by anyone (those in service give back what they use), and no passed-over
   * customer has the units reserved (pools.ts).
   */
  private mayBeStuck(c: number): boolean {
    const s = this.people.waitingAt[c]!;
    if (s < 0) return false;
    const { pool, units } = this.model.steps[s]!;
    const front = this.queues.lines[pool]!.front(this.people.token);
    const reserved = front >= 0 && front !== c && this.people.passedOver[front] === 1;
    return reserved || this.units(pool) - this.queues.kept[pool]! < units;
  }

  /** The most units the pool can have: its schedule's peak, or more if playback set more. */
  private units(pool: number): number {
    return Math.max(this.peak[pool]!, this.queues.capacity[pool]!);
  }

  /**
   * The waiting customers who keep units and can never be served. The usual reduction:
   * customers in service will finish and give back what they have; a waiting customer
   * whose pool can some day have enough units will be served, finish and give back what
   * it keeps; repeat until nobody more can be. A passed-over customer at the front of its
   * queue is served before anyone of its level or lower (its units are reserved).
   */
  private stuckHolders(): number[] {
    const people = this.people;
    const { steps, pools } = this.model;
    const free = Int32Array.from(pools, (_, pool) => this.units(pool));
    const waiters: number[] = [];
    for (let c = 0; c < people.slots; c++) {
      if (people.alive[c] === 0 || people.waitingAt[c]! < 0) continue;
      waiters.push(c);
      if (people.heldPool[c]! >= 0) free[people.heldPool[c]!]! -= people.heldUnits[c]!;
    }
    const gate = Int32Array.from(pools, (_, pool) => {
      const front = this.queues.lines[pool]!.front(people.token);
      return front >= 0 && people.passedOver[front] === 1 ? front : -1;
    });
    // The level of the line each waits at (a booked customer's is ahead of their class's).
    const level = (c: number): number =>
      steps[people.waitingAt[c]!]!.levelOfClass[people.classIndex[c]!]!;
    const served = new Uint8Array(waiters.length);
    for (let progress = true; progress;) {
      progress = false;
      waiters.forEach((c, i) => {
        if (served[i]) return;
        const { pool, units } = steps[people.waitingAt[c]!]!;
        const ahead = gate[pool]!;
        if (ahead >= 0 && ahead !== c && level(c) >= level(ahead)) return;
        if (units > free[pool]!) return;
        served[i] = 1;
        progress = true;
        if (people.heldPool[c]! >= 0) free[people.heldPool[c]!]! += people.heldUnits[c]!;
        if (ahead === c) gate[pool] = -1;
      });
    }
    return waiters.filter((c, i) => served[i] === 0 && people.heldPool[c]! >= 0);
  }

  private record(stuck: readonly number[], now: number): void {
    if (Number.isNaN(this.first)) this.first = now;
    for (const c of stuck) {
      const s = this.people.waitingAt[c]!;
      this.steps.add(s);
      this.pools.add(this.model.steps[s]!.pool);
      this.pools.add(this.people.heldPool[c]!);
    }
  }
}
