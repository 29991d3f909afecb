/**
 * Pools where some step asks for the same unit as an earlier one (`resource.sameUnitAs`):
 * those pools' units are told apart, each with its holder and shift (unitRoster.ts). A
 * subclass, made only for blueprints that use it, so that the common path (Pools) pays
 * nothing for it: with the checks inside Pools, M/M/3 took 4 % more instructions.
 */
import type { Customers } from './customers.ts';
import type { CompiledModel } from './model.ts';
import { Pools } from './pools.ts';
import type { Collector } from './stats/collector.ts';
import { UnitRoster } from './unitRoster.ts';

export class UnitPools extends Pools {
  /** 1 for a pool whose units are told apart: it has a roster. */
  protected readonly told: Uint8Array;
  private readonly rosters: (UnitRoster | null)[];

  constructor(
    model: CompiledModel,
    people: Customers,
    stats: Collector,
    startService: (c: number, s: number) => void,
  ) {
    super(model, people, stats, startService);
    this.told = Uint8Array.from(model.pools, (pool) => (pool.unitsTold ? 1 : 0));
    this.rosters = model.pools.map((pool) => (pool.unitsTold ? new UnitRoster() : null));
    if (model.anchors > 0) people.rememberUnits(model.anchors);
  }

  override seizeFor(c: number, pool: number, units: number, now: number): void {
    super.seizeFor(c, pool, units, now);
    if (this.told[pool] === 1) this.rosters[pool]!.take(c, this.wantedUnit(c, pool), units);
  }

  protected override releaseFor(c: number, pool: number, units: number, now: number): void {
    // The unit is free before the release dispatches, so that it can call its next customer.
    if (this.told[pool] === 1) this.rosters[pool]!.free(c, now);
    super.releaseFor(c, pool, units, now);
  }

  /** The unit c waits for, or any, free with enough units (roomForUnit). */
  override hasRoom(pool: number, units: number, c: number): boolean {
    if (this.told[pool] === 1) return this.roomForUnit(c, pool, units);
    return super.hasRoom(pool, units, c);
  }

  override setCapacity(pool: number, units: number, now: number): void {
    super.setCapacity(pool, units, now);
    if (this.told[pool] === 1) this.rosters[pool]!.setShift(units);
  }

  override dispatch(pool: number, now: number): void {
    if (this.told[pool] === 1) this.dispatchUnits(pool, now);
    else super.dispatch(pool, now);
  }

  /**
   * Dispatch in a pool whose units are told apart: while a unit is free, the first in
   * queue order who waits for a free unit (their own, or any) is served, so each unit
   * serves its own customers and those who take any, in the line's order (priorities,
   * front and recall places included); a customer whose unit is busy lets others by. The
   * first who needs more units than are free is passed over once, as in `dispatch`. A
   * pool that serves other queues first (`servesFirst`) calls them before its own.
   */
  private dispatchUnits(pool: number, now: number): void {
    const roster = this.rosters[pool]!;
    if (this.dispatching[pool] || roster.available <= 0) return;
    this.dispatching[pool] = 1;
    const line = this.lines[pool]!;
    const people = this.people;
    const steps = this.model.steps;
    let passedOver = -1;
    for (;;) {
      const available = roster.available;
      if (available <= 0) break;
      const first = this.model.pools[pool]!.servesFirst;
      if (first.length > 0 && this.serveOther(pool, available, now, first)) continue;
      let blocked = -1;
      const c = line.find(people.token, (id) => {
        const wanted = this.wantedUnit(id, pool);
        if (wanted >= 0 && !roster.isFree(wanted)) return false; // waits for its own unit
        if (steps[people.waitingAt[id]!]!.units <= available) return true;
        if (blocked >= 0) return false;
        blocked = id;
        return people.passedOver[id] === 1; // the units that free up are kept for it
      });
      if (c >= 0 && c !== blocked) {
        if (blocked >= 0) passedOver = blocked;
        this.serve(c, pool, now);
        continue;
      }
      // Nobody of its own can take the free units: a pool that also serves others may.
      if (c < 0 && blocked < 0 && this.lends[pool] === 1 && this.serveOther(pool, available, now))
        continue;
      break;
    }
    if (passedOver >= 0) people.passedOver[passedOver] = 1;
    this.dispatching[pool] = 0;
  }

  /**
   * A newcomer is served at once when the unit it waits for (or, taking any, some unit)
   * is free with enough units. Nobody waiting wants a free unit after a dispatch, except
   * one who needs several: in a pool serving such steps a newcomer who finds others
   * waiting joins the line, and the dispatch lets them through if the rule allows.
   */
  private roomForUnit(c: number, pool: number, units: number): boolean {
    const roster = this.rosters[pool]!;
    if (this.waiting[pool]! > 0 && this.model.pools[pool]!.multiUnit) return false;
    const wanted = this.wantedUnit(c, pool);
    return roster.available >= units && (wanted < 0 || roster.isFree(wanted));
  }

  /** The unit of `pool` customer c waits for at their step (`sameUnitAs`), or -1 for any. */
  private wantedUnit(c: number, pool: number): number {
    const people = this.people;
    const step = this.model.steps[people.step[c]!]!;
    if (step.sameUnit < 0 || step.pool !== pool) return -1; // a lent unit is any unit
    return this.rosters[pool]!.wanted(people.unitMemory[c * people.anchors + step.sameUnit]!);
  }

  /**
   * Customer c starts step `s`, named by a later `sameUnitAs`: the unit serving them is
   * remembered (the first they took, or the one they keep from an earlier step); a unit
   * lent by another pool is not one of this pool's, so none is.
   */
  override remember(c: number, s: number): void {
    const people = this.people;
    const step = this.model.steps[s]!;
    const roster = this.rosters[step.pool];
    const unit = roster && people.lentBy[c] === 0 ? roster.leadOf(c) : -1;
    people.unitMemory[c * people.anchors + step.anchor] = unit + 1;
  }
}
