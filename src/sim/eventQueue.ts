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
 * customers have passed. The heap moves slot numbers, one number a level. `pop` leaves
 * the event it took in `kind`, `subject` and `tag`.
 */

export class EventQueue {
  private times = new Float64Array(INITIAL_EVENTS);
  private order = new Float64Array(INITIAL_EVENTS);
  private kinds = new Int32Array(INITIAL_EVENTS);
  private subjects = new Int32Array(INITIAL_EVENTS);
  private tags = new Int32Array(INITIAL_EVENTS);
  /** Heap of event slots. */
  private heap = new Int32Array(INITIAL_EVENTS);
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
      if (this.slotsUsed === this.times.length) this.grow();
      slot = this.slotsUsed++;
    }
    this.times[slot] = time;
    // One number carries both keys: the kind's rank above the insertion count.
    this.order[slot] = (RANK_OF_KIND[kind] ?? 0) * RANK_STEP + this.counter++;
    this.kinds[slot] = kind;
    this.subjects[slot] = subject;
    this.tags[slot] = tag;
    if (this.size === this.heap.length) this.heap = growInt32(this.heap);
    this.siftUp(this.size++, slot);
  }

  /** Time of the next event; only valid when size > 0. */
  peekTime(): number {
    return this.times[this.heap[0]!]!;
  }

  /** Removes the next event; what it carries is then in `kind`, `subject` and `tag`. */
  pop(): void {
    const top = this.heap[0]!;
    const last = this.heap[--this.size]!;
    if (this.size > 0) this.siftDown(0, last);
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

  private before(a: number, b: number): boolean {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return ta < tb || (ta === tb && this.order[a]! < this.order[b]!);
  }

  private siftUp(index: number, slot: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex]!;
      if (!this.before(slot, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = slot;
  }

  private siftDown(index: number, slot: number): void {
    const heap = this.heap;
    const size = this.size;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && this.before(heap[right]!, heap[child]!)) child = right;
      if (!this.before(heap[child]!, slot)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = slot;
  }

  private grow(): void {
    const length = this.times.length * 2;
    this.times = growFloat64(this.times, length);
    this.order = growFloat64(this.order, length);
    this.kinds = growInt32(this.kinds, length);
    this.subjects = growInt32(this.subjects, length);
    this.tags = growInt32(this.tags, length);
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
