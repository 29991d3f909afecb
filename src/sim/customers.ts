/**
 * Everyone in the system (customers and pieces of background work), as parallel typed
 * arrays indexed by a slot number that is reused when someone leaves: memory grows
 * with the number present at once, never with the number who have passed.
 */
import { growFloat64, growInt32 } from './eventQueue.ts';

/**
 * Slots to begin with; they double when full. Small, because a run makes a new set for
 * every replication (thousands of short business days) and most need few.
 */
const INITIAL_SLOTS = 64;

export class Customers {
  classIndex = new Int32Array(INITIAL_SLOTS);
  step = new Int32Array(INITIAL_SLOTS);
  /** Step whose queue the customer is in, or -1. */
  waitingAt = new Int32Array(INITIAL_SLOTS);
  /** Changes whenever a queue entry or a pending renege must be invalidated. */
  token = new Int32Array(INITIAL_SLOTS);
  /** 1 once others who needed fewer units went ahead of them in their current queue. */
  passedOver = new Int32Array(INITIAL_SLOTS);
  retries = new Int32Array(INITIAL_SLOTS);
  moves = new Int32Array(INITIAL_SLOTS);
  heldPool = new Int32Array(INITIAL_SLOTS);
  /**
   * 1 + the pool whose unit serves the customer's current step for another pool's queue
   * (`alsoServes`), else 0: set when it is lent and back to 0 when it is given back, so a
   * slot is always 0 when reused and `allocate` need not clear it.
   */
  lentBy = new Int32Array(INITIAL_SLOTS);
  heldUnits = new Int32Array(INITIAL_SLOTS);
  holdUntil = new Int32Array(INITIAL_SLOTS);
  /** 1 when the customer's next queue takes them at its front (a goto failure's `rejoin`). */
  rejoinFront = new Int32Array(INITIAL_SLOTS);
  /** 1 for background work, which is not a customer. */
  background = new Int32Array(INITIAL_SLOTS);
  arrived = new Float64Array(INITIAL_SLOTS);
  queuedAt = new Float64Array(INITIAL_SLOTS);
  /** Total minutes waited in queues. */
  waited = new Float64Array(INITIAL_SLOTS);
  /** Case number for logs and playback, unique within a replication. */
  serial = new Float64Array(INITIAL_SLOTS);
  /** Service end time while in service (for playback), else NaN. */
  busyUntil = new Float64Array(INITIAL_SLOTS);
  /**
   * The visit's busy unit-time on priced pools, in money: −price × units × the clock when
   * units are taken, + the same when they are given back (pools.ts), so that what is left
   * when the visit ends is its activity-based cost. Untouched when no pool has a price.
   */
  charged = new Float64Array(INITIAL_SLOTS);
  alive = new Int32Array(INITIAL_SLOTS);
  /**
   * The units each remembers (`sameUnitAs`): `anchors` entries a slot, unit + 1 that served
   * them at each step a later step asks the same unit of, 0 for none yet. Empty when no
   * step asks, so that the common path neither reads nor clears it.
   */
  unitMemory = new Int32Array(0);
  anchors = 0;

  /** Slots given back, reused last first: a stack of `freeCount` slots. */
  private free = new Int32Array(INITIAL_SLOTS);
  private freeCount = 0;
  private used = 0;
  present = 0;

  allocate(): number {
    let id: number;
    if (this.freeCount > 0) id = this.free[--this.freeCount]!;
    else {
      if (this.used === this.step.length) this.grow();
      id = this.used++;
    }
    this.present++;
    this.alive[id] = 1;
    this.waitingAt[id] = -1;
    this.heldPool[id] = -1;
    this.holdUntil[id] = -1;
    this.retries[id] = 0;
    this.rejoinFront[id] = 0;
    this.moves[id] = 0;
    this.waited[id] = 0;
    this.busyUntil[id] = NaN;
    this.charged[id] = 0;
    if (this.anchors > 0) this.unitMemory.fill(0, id * this.anchors, (id + 1) * this.anchors);
    return id;
  }

  release(id: number): void {
    this.alive[id] = 0;
    this.present--;
    this.free[this.freeCount++] = id;
  }

  /** Each customer remembers the units of `anchors` steps (compile: CompiledModel.anchors). */
  rememberUnits(anchors: number): void {
    this.anchors = anchors;
    this.unitMemory = new Int32Array(this.step.length * anchors);
  }

  /** Slots in use, for snapshots. */
  get slots(): number {
    return this.used;
  }

  clear(): void {
    this.freeCount = 0;
    this.used = 0;
    this.present = 0;
    this.alive.fill(0);
  }

  private grow(): void {
    const length = this.step.length * 2;
    this.free = growInt32(this.free, length);
    this.classIndex = growInt32(this.classIndex, length);
    this.step = growInt32(this.step, length);
    this.waitingAt = growInt32(this.waitingAt, length);
    this.token = growInt32(this.token, length);
    this.passedOver = growInt32(this.passedOver, length);
    this.retries = growInt32(this.retries, length);
    this.moves = growInt32(this.moves, length);
    this.heldPool = growInt32(this.heldPool, length);
    this.lentBy = growInt32(this.lentBy, length);
    this.heldUnits = growInt32(this.heldUnits, length);
    this.holdUntil = growInt32(this.holdUntil, length);
    this.rejoinFront = growInt32(this.rejoinFront, length);
    this.background = growInt32(this.background, length);
    this.alive = growInt32(this.alive, length);
    this.arrived = growFloat64(this.arrived, length);
    this.queuedAt = growFloat64(this.queuedAt, length);
    this.waited = growFloat64(this.waited, length);
    this.serial = growFloat64(this.serial, length);
    this.busyUntil = growFloat64(this.busyUntil, length);
    this.charged = growFloat64(this.charged, length);
    if (this.anchors > 0) this.unitMemory = growInt32(this.unitMemory, length * this.anchors);
  }
}
