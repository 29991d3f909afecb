/**
 * The yardstick for the engine's speed: M/M/3 at ρ = 0.9 written as a bare event loop,
 * with nothing a blueprint needs and the textbook model does not (no steps, routes,
 * classes, schedules, listeners, series or histograms). What the engine takes beyond this
 * loop's time is the price of its generality; `npm run bench` prints the engine's speed
 * as a share of this loop's, measured in the same process, so the figure means the same
 * on any machine.
 *
 * Fair to the engine where the work is the model's own: the same random generator
 * (xoshiro128** streams of random.ts) and the same exact logarithm (math.ts) for the
 * exponential draws, a binary heap of events on typed arrays, a first-come-first-served
 * line, and the mean wait gathered as it streams by. It is a model too, so a test holds
 * its mean wait to Erlang C (test/sim/bareLoop.test.ts).
 */
import { ln } from '../src/sim/math.ts';
import { Random } from '../src/sim/random.ts';

const ARRIVAL = 0;
const DEPARTURE = 1;

export interface BareLoopRun {
  /** Customers who arrived before the horizon. */
  customers: number;
  /** Mean wait in the queue (minutes) of those who started service. */
  meanWait: number;
}

export interface BareLoopModel {
  /** Arrivals per minute. */
  perMinute: number;
  /** Mean service minutes. */
  serviceMean: number;
  servers: number;
}

/**
 * The future events: a binary min-heap on time. An M/M/c model has at most c + 1 events
 * pending (the next arrival, one end of service per server), so it never grows.
 */
class EventHeap {
  private readonly times: Float64Array;
  private readonly kinds: Uint8Array;
  size = 0;

  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
  }

  push(time: number, kind: number): void {
    const times = this.times;
    const kinds = this.kinds;
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (times[parent]! <= time) break;
      times[index] = times[parent]!;
      kinds[index] = kinds[parent]!;
      index = parent;
    }
    times[index] = time;
    kinds[index] = kind;
  }

  get nextTime(): number {
    return this.times[0]!;
  }

  get nextKind(): number {
    return this.kinds[0]!;
  }

  /** Removes the next event (read it with nextTime and nextKind first). */
  pop(): void {
    const times = this.times;
    const kinds = this.kinds;
    const size = --this.size;
    const time = times[size]!;
    const kind = kinds[size]!;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= time) break;
      times[index] = times[child]!;
      kinds[index] = kinds[child]!;
      index = child;
    }
    times[index] = time;
    kinds[index] = kind;
  }
}

/** The waiting line: arrival times in a ring buffer that doubles when full. */
class Line {
  private arrivals = new Float64Array(1024);
  private head = 0;
  length = 0;

  push(arrivedAt: number): void {
    if (this.length === this.arrivals.length) this.grow();
    this.arrivals[(this.head + this.length++) & (this.arrivals.length - 1)] = arrivedAt;
  }

  shift(): number {
    const arrivedAt = this.arrivals[this.head]!;
    this.head = (this.head + 1) & (this.arrivals.length - 1);
    this.length--;
    return arrivedAt;
  }

  private grow(): void {
    const bigger = new Float64Array(this.arrivals.length * 2);
    for (let i = 0; i < this.length; i++)
      bigger[i] = this.arrivals[(this.head + i) & (this.arrivals.length - 1)]!;
    this.arrivals = bigger;
    this.head = 0;
  }
}

/** One replication from empty over `horizon` minutes; arrivals stop at the horizon. */
export function bareLoop(
  model: BareLoopModel,
  horizon: number,
  seed: number,
  replication: number,
): BareLoopRun {
  const arrivalRandom = new Random(seed, replication, 'bare:arrivals');
  const serviceRandom = new Random(seed, replication, 'bare:service');
  const { perMinute, serviceMean, servers } = model;
  const events = new EventHeap(servers + 1);
  const line = new Line();
  let busy = 0;
  let customers = 0;
  let started = 0;
  let waitSum = 0;

  events.push(-ln(arrivalRandom.next()) / perMinute, ARRIVAL);
  while (events.size > 0 && events.nextTime <= horizon) {
    const now = events.nextTime;
    const kind = events.nextKind;
    events.pop();
    if (kind === ARRIVAL) {
      customers++;
      const next = now - ln(arrivalRandom.next()) / perMinute;
      if (next < horizon) events.push(next, ARRIVAL);
      if (busy < servers) {
        busy++;
        started++;
        events.push(now - serviceMean * ln(serviceRandom.next()), DEPARTURE);
      } else {
        line.push(now);
      }
    } else if (line.length > 0) {
      waitSum += now - line.shift();
      started++;
      events.push(now - serviceMean * ln(serviceRandom.next()), DEPARTURE);
    } else {
      busy--;
    }
  }
  return { customers, meanWait: started === 0 ? NaN : waitSum / started };
}
