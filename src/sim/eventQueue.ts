import { RANK_OF_KIND } from './eventKinds.ts';

/** Above every insertion count of a run, below 2⁵³ with the ranks on top. */
const RANK_STEP = 2 ** 48;

/**
 * The future event list: a binary min-heap ordered by (time, rank of the kind, insertion
 * order), so that events at the same time run in a defined order of kinds (eventKinds.ts)
 * and then in the order they were scheduled, and every run is deterministic.
 *
 * The heap itself holds each event's keys and what it carries, in parallel typed arrays:
 * a comparison reads two numbers at the positions it compares (no detour through a slot
 * table), the hot loop allocates nothing, and memory depends on the events pending, not
 * on how many customers have passed. `pop` leaves the event it took in `kind`,
 * `subject` and `tag`.
 */
export class EventQueue {
  private times = new Float64Array(1024);
  /** The kind's rank above the insertion count: the tie-break as one number. */
  private order = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private subjects = new Int32Array(1024);
  private tags = new Int32Array(1024);
  private counter = 0;
  size = 0;
  /** The event `pop` took last. */
  kind = 0;
  subject = 0;
  tag = 0;

  /** Schedules an event; `subject` and `tag` are the handler's own (a customer, a token). */
  push(time: number, kind: number, subject: number, tag: number): void {
    if (this.size === this.times.length) this.grow();
    const order = (RANK_OF_KIND[kind] ?? 0) * RANK_STEP + this.counter++;
    const times = this.times;
    const orders = this.order;
    let index = this.size++;
    // Sift up: move each later parent down a level until the new event's place is found.
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentTime = times[parent]!;
      if (parentTime < time || (parentTime === time && orders[parent]! < order)) break;
      this.moveTo(index, parent);
      index = parent;
    }
    times[index] = time;
    orders[index] = order;
    this.kinds[index] = kind;
    this.subjects[index] = subject;
    this.tags[index] = tag;
  }

  /** Time of the next event; only valid when size > 0. */
  peekTime(): number {
    return this.times[0]!;
  }

  /** Removes the next event; what it carries is then in `kind`, `subject` and `tag`. */
  pop(): void {
    this.kind = this.kinds[0]!;
    this.subject = this.subjects[0]!;
    this.tag = this.tags[0]!;
    const size = --this.size;
    if (size === 0) return;
    const times = this.times;
    const orders = this.order;
    const time = times[size]!;
    const order = orders[size]!;
    // Sift down the last event from the top: move each earlier child up a level.
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (times[right]! < times[child]! ||
          (times[right] === times[child] && orders[right]! < orders[child]!))
      )
        child = right;
      const childTime = times[child]!;
      if (time < childTime || (time === childTime && order < orders[child]!)) break;
      this.moveTo(index, child);
      index = child;
    }
    if (index !== size) this.moveTo(index, size);
  }

  clear(): void {
    this.size = 0;
    this.counter = 0;
  }

  /** Copies the event at position `from` of the heap to position `to`. */
  private moveTo(to: number, from: number): void {
    this.times[to] = this.times[from]!;
    this.order[to] = this.order[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.subjects[to] = this.subjects[from]!;
    this.tags[to] = this.tags[from]!;
  }

  private grow(): void {
    const length = this.times.length * 2;
    this.times = growFloat64(this.times, length);
    this.order = growFloat64(this.order, length);
    this.kinds = growInt32(this.kinds, length);
    this.subjects = growInt32(this.subjects, length);
    this.tags = growInt32(this.tags, length);
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
