import { RANK_OF_KIND } from './eventKinds.ts';

/** Room for events to begin with; it doubles when full (a new list every replication). */
const INITIAL_EVENTS = 64;

/** Above every insertion count of a run, below 2⁵³ with the ranks on top. */
const RANK_STEP = 2 ** 48;

/**
 * The future event list: a binary min-heap ordered by (time, rank of the kind, insertion
 * order), so that events at the same time run in a defined order of kinds (eventKinds.ts)
 * and then in the order they were scheduled, and every run is deterministic. Events live
 * in parallel typed arrays, in slots reused through a free list (a typed stack): the hot
 * loop allocates nothing, and memory depends on the events pending, not on how many
 * customers have passed. `pop` leaves the event it took in `kind`, `subject` and `tag`.
 *
 * The heap keeps each entry's keys (time, order) beside its slot, in heap order: a
 * comparison reads two neighbouring numbers instead of following a slot into arrays
 * scattered by earlier events, which cost a tenth of a business day's run when patience
 * timers keep hundreds of events pending. The order is strict (insertion counts are
 * unique), so any heap pops the events in exactly the same sequence.
 */

export class EventQueue {
  private kinds = new Int32Array(INITIAL_EVENTS);
  private subjects = new Int32Array(INITIAL_EVENTS);
  private tags = new Int32Array(INITIAL_EVENTS);
  /** The heap: entry i has time heapTimes[i], order heapOrder[i] and its event in slot heapSlots[i]. */
  private heapTimes = new Float64Array(INITIAL_EVENTS);
  private heapOrder = new Float64Array(INITIAL_EVENTS);
  private heapSlots = new Int32Array(INITIAL_EVENTS);
  /** Slots given back: a stack of `freeCount`. */
  private free = new Int32Array(INITIAL_EVENTS);
  private freeCount = 0;
  private slotsUsed = 0;
  private counter = 0;
  size = 0;
  /** The event `pop` took last. */
  kind = 0;
  subject = 0;
  tag = 0;

  /** Schedules an event; `subject` and `tag` are the handler's own (a customer, a token). */
  push(time: number, kind: number, subject: number, tag: number): void {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount]!;
    else {
      if (this.slotsUsed === this.kinds.length) this.grow();
      slot = this.slotsUsed++;
    }
    this.kinds[slot] = kind;
    this.subjects[slot] = subject;
    this.tags[slot] = tag;
    // One number carries both keys after the time: the kind's rank above the insertion count.
    const order = (RANK_OF_KIND[kind] ?? 0) * RANK_STEP + this.counter++;
    this.siftUp(this.size++, time, order, slot);
  }

  /** Time of the next event; only valid when size > 0. */
  peekTime(): number {
    return this.heapTimes[0]!;
  }

  /** Removes the next event; what it carries is then in `kind`, `subject` and `tag`. */
  pop(): void {
    const top = this.heapSlots[0]!;
    const last = --this.size;
    if (last > 0)
      this.siftDown(this.heapTimes[last]!, this.heapOrder[last]!, this.heapSlots[last]!);
    this.free[this.freeCount++] = top;
    this.kind = this.kinds[top]!;
    this.subject = this.subjects[top]!;
    this.tag = this.tags[top]!;
  }

  clear(): void {
    this.size = 0;
    this.slotsUsed = 0;
    this.freeCount = 0;
    this.counter = 0;
  }

  /** Moves the entry (time, order, slot) up from position `index` to its place. */
  private siftUp(index: number, time: number, order: number, slot: number): void {
    const times = this.heapTimes;
    const orders = this.heapOrder;
    const slots = this.heapSlots;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentTime = times[parent]!;
      if (parentTime < time || (parentTime === time && orders[parent]! < order)) break;
      times[index] = parentTime;
      orders[index] = orders[parent]!;
      slots[index] = slots[parent]!;
      index = parent;
    }
    times[index] = time;
    orders[index] = order;
    slots[index] = slot;
  }

  /** Puts the entry (time, order, slot) in the root's place and moves it down to its place. */
  private siftDown(time: number, order: number, slot: number): void {
    const times = this.heapTimes;
    const orders = this.heapOrder;
    const slots = this.heapSlots;
    const size = this.size;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      let childTime = times[child]!;
      const right = child + 1;
      if (right < size) {
        const rightTime = times[right]!;
        if (rightTime < childTime || (rightTime === childTime && orders[right]! < orders[child]!)) {
          child = right;
          childTime = rightTime;
        }
      }
      if (time < childTime || (time === childTime && order < orders[child]!)) break;
      times[index] = childTime;
      orders[index] = orders[child]!;
      slots[index] = slots[child]!;
      index = child;
    }
    times[index] = time;
    orders[index] = order;
    slots[index] = slot;
  }

  /** Room for twice as many events (the heap never holds more entries than there are slots). */
  private grow(): void {
    const length = this.kinds.length * 2;
    this.kinds = growInt32(this.kinds, length);
    this.subjects = growInt32(this.subjects, length);
    this.tags = growInt32(this.tags, length);
    this.heapTimes = growFloat64(this.heapTimes, length);
    this.heapOrder = growFloat64(this.heapOrder, length);
    this.heapSlots = growInt32(this.heapSlots, length);
    this.free = growInt32(this.free, length);
  }
}

export function growInt32(array: Int32Array, length = array.length * 2): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

export function growFloat64(
  array: Float64Array,
  length = array.length * 2,
): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(length);
  bigger.set(array);
  return bigger;
}
