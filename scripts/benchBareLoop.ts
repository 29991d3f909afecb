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
import { EventHeap, Line } from './benchLoopParts.ts';

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
  const events = new EventHeap();
  const line = new Line();
  let busy = 0;
  let customers = 0;
  let started = 0;
  let waitSum = 0;

  events.push(-ln(arrivalRandom.next()) / perMinute, ARRIVAL);
  while (events.size > 0 && events.nextTime <= horizon) {
    const now = events.nextTime;
    const kind = events.nextSubject;
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
