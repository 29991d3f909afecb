/**
 * The parts the benchmark's two hand-written M/M/c loops share (benchBareLoop.ts and
 * benchStatsLoop.ts): the future events and the waiting line, on typed arrays, so that
 * the loop with statistics differs from the bare one by the statistics alone.
 */

/**
 * Future events, a binary min-heap on time; each carries a subject (a kind of event, or
 * a customer's slot). An M/M/c model has at most c + 1 events pending, so it rarely grows.
 */
export class EventHeap {
  private times = new Float64Array(64);
  private subjects = new Int32Array(64);
  size = 0;

  push(time: number, subject: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const subjects = this.subjects;
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (times[parent]! <= time) break;
      times[index] = times[parent]!;
      subjects[index] = subjects[parent]!;
      index = parent;
    }
    times[index] = time;
    subjects[index] = subject;
  }

  get nextTime(): number {
    return this.times[0]!;
  }

  get nextSubject(): number {
    return this.subjects[0]!;
  }

  /** Removes the next event (read it with nextTime and nextSubject first). */
  pop(): void {
    const times = this.times;
    const subjects = this.subjects;
    const size = --this.size;
    const time = times[size]!;
    const subject = subjects[size]!;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= time) break;
      times[index] = times[child]!;
      subjects[index] = subjects[child]!;
      index = child;
    }
    times[index] = time;
    subjects[index] = subject;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const subjects = new Int32Array(this.times.length * 2);
    times.set(this.times);
    subjects.set(this.subjects);
    this.times = times;
    this.subjects = subjects;
  }
}

/** The waiting line, first in first out: numbers (arrival times, slots) in a ring buffer that doubles when full. */
export class Line {
  private entries = new Float64Array(1024);
  private head = 0;
  length = 0;

  push(entry: number): void {
    if (this.length === this.entries.length) this.grow();
    this.entries[(this.head + this.length++) & (this.entries.length - 1)] = entry;
  }

  shift(): number {
    const entry = this.entries[this.head]!;
    this.head = (this.head + 1) & (this.entries.length - 1);
    this.length--;
    return entry;
  }

  private grow(): void {
    const bigger = new Float64Array(this.entries.length * 2);
    for (let i = 0; i < this.length; i++)
      bigger[i] = this.entries[(this.head + i) & (this.entries.length - 1)]!;
    this.entries = bigger;
    this.head = 0;
  }
}
