/**
 * The bare loop (benchBareLoop.ts) plus the statistics the engine keeps for the same
 * M/M/3 blueprint, in the engine's own accumulators (src/sim/stats): the pool's busy
 * units, capacity and queue as time-weighted series with 96 chart bins each, the
 * customers present, the wait of everyone who started service and of everyone served
 * and each one's time in system as tallies with histograms, Little's W as a mean, and
 * the counts. It knows which customer leaves (their slot rides on the event), as the
 * engine must to tell their time in system.
 *
 * No engine that reports these figures can run faster than this loop, whatever its
 * design, so its speed as a share of the bare loop's is the ceiling for
 * `mm3.share_of_bare_loop`. A test holds it to Erlang C like the bare loop.
 */
import { ln } from '../src/sim/math.ts';
import { Random } from '../src/sim/random.ts';
import { Mean, Tally } from '../src/sim/stats/tally.ts';
import { TimeWeighted } from '../src/sim/stats/timeWeighted.ts';
import type { BareLoopModel } from './benchBareLoop.ts';
import { EventHeap, Line } from './benchLoopParts.ts';

/** Chart bins of a steady run's series (stats/collector.ts, seriesLayout). */
const BINS = 96;
/** The subject of an arrival event; a departure carries the customer's slot. */
const ARRIVAL = -1;

export interface StatsLoopRun {
  /** Customers who arrived before the horizon. */
  customers: number;
  /** Mean wait in the queue (minutes) of those served. */
  meanWait: number;
  /** Mean time in system (minutes) of those served. */
  meanTimeInSystem: number;
  /** Busy units averaged over the run, over the servers: the utilization. */
  utilization: number;
}

/** Customers present: arrival time and minutes waited per slot, slots reused. */
class Slots {
  arrived = new Float64Array(64);
  waited = new Float64Array(64);
  private free = new Int32Array(64);
  private freeCount = 0;
  private used = 0;

  allocate(now: number): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount]!;
    else {
      if (this.used === this.arrived.length) this.grow();
      slot = this.used++;
    }
    this.arrived[slot] = now;
    this.waited[slot] = 0;
    return slot;
  }

  release(slot: number): void {
    this.free[this.freeCount++] = slot;
  }

  private grow(): void {
    const length = this.arrived.length * 2;
    const arrived = new Float64Array(length);
    const waited = new Float64Array(length);
    const free = new Int32Array(length);
    arrived.set(this.arrived);
    waited.set(this.waited);
    free.set(this.free);
    this.arrived = arrived;
    this.waited = waited;
    this.free = free;
  }
}

/** One replication from empty over `horizon` minutes; arrivals stop at the horizon. */
export function statsLoop(
  model: BareLoopModel,
  horizon: number,
  seed: number,
  replication: number,
): StatsLoopRun {
  const arrivalRandom = new Random(seed, replication, 'bare:arrivals');
  const serviceRandom = new Random(seed, replication, 'bare:service');
  const { perMinute, serviceMean, servers } = model;
  const events = new EventHeap();
  const slots = new Slots();
  const line = new Line();
  const series = (): TimeWeighted => new TimeWeighted(0, 0, horizon / BINS, BINS);
  const busy = series();
  const capacity = series();
  const queue = series();
  const inSystem = new TimeWeighted(0, 0, 1, 0);
  const stepWait = new Tally();
  const wait = new Tally();
  const timeInSystem = new Tally();
  const allDepartures = new Mean();
  let customers = 0;
  let served = 0;
  let inService = 0;
  capacity.change(0, servers);

  const startService = (slot: number, now: number): void => {
    inService++;
    busy.change(now, 1);
    events.push(now - serviceMean * ln(serviceRandom.next()), slot);
  };

  events.push(-ln(arrivalRandom.next()) / perMinute, ARRIVAL);
  while (events.size > 0 && events.nextTime <= horizon) {
    const now = events.nextTime;
    const subject = events.nextSubject;
    events.pop();
    if (subject === ARRIVAL) {
      customers++;
      inSystem.change(now, 1);
      const next = now - ln(arrivalRandom.next()) / perMinute;
      if (next < horizon) events.push(next, ARRIVAL);
      const slot = slots.allocate(now);
      if (inService < servers) {
        stepWait.add(0);
        startService(slot, now);
      } else {
        line.push(slot);
        queue.change(now, 1);
      }
      continue;
    }
    // A departure: the server takes the next in line, if any, and the customer leaves.
    inService--;
    busy.change(now, -1);
    if (line.length > 0) {
      const next = line.shift();
      queue.change(now, -1);
      const waited = now - slots.arrived[next]!;
      slots.waited[next] = waited;
      stepWait.add(waited);
      startService(next, now);
    }
    const stayed = now - slots.arrived[subject]!;
    served++;
    allDepartures.add(stayed);
    timeInSystem.add(stayed);
    wait.add(slots.waited[subject]!);
    inSystem.change(now, -1);
    slots.release(subject);
  }
  busy.advance(horizon);
  return {
    customers,
    meanWait: served === 0 ? NaN : wait.mean,
    meanTimeInSystem: served === 0 ? NaN : timeInSystem.mean,
    utilization: busy.area / (servers * horizon),
  };
}
