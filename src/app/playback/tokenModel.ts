/**
 * Tokens: who is where on the playback stage, kept from the engine's own events (or rebuilt
 * from a snapshot after a jump). This says *what* each token is doing (walking in, waiting
 * in which queue and in which place, being served in which seat, leaving); where it is
 * drawn is tokenGeometry's job and how it glides there the painter's.
 */
import type { Snapshot } from '../../sim/index.ts';
import type { PlaybackEvent, PlaybackInfo } from './playbackProtocol.ts';
import { ownValue } from '../../model/index.ts';

export type TokenStatus = 'moving' | 'waiting' | 'serving' | 'leaving';
export type TokenOutcome = 'served' | 'gaveUp';

export interface Token {
  key: number;
  caseId: number;
  background: boolean;
  classIndex: number;
  /** The engine's step index the token is at (or last was, when leaving). */
  step: number;
  status: TokenStatus;
  /** Seat at the step while served (lowest free seat, kept until the token moves on), else -1. */
  seat: number;
  outcome: TokenOutcome | null;
  /** Wall-clock milliseconds of the last failure (a red flash), of leaving; -Infinity if none. */
  failedAt: number;
  leftAt: number;
  /** Came in through the door (an arrival), rather than found inside (a jump): first drawn there. */
  fromDoor: boolean;
  /** Failed where the next queue takes them at its front (`rejoin: "front"`), not yet queued. */
  rejoinFront: boolean;
  /** Drawn position in canvas units; NaN until first drawn. Owned by the painter. */
  x: number;
  y: number;
}

/** Customers and their background work share a case id; the key tells them apart. */
export function tokenKey(caseId: number, background: boolean): number {
  return caseId * 2 + (background ? 1 : 0);
}

/** How long a leaving token stays visible (it walks out and fades), wall-clock ms. */
export const LEAVE_MS = 700;

export class TokenTable {
  readonly tokens = new Map<number, Token>();
  /** Keys waiting, front first, per step index: the engine's order (priority level, then arrival in the queue). */
  readonly queues: number[][];
  /** Keys served, by seat, per step index. */
  readonly seats: (number | undefined)[][];

  constructor(private readonly info: PlaybackInfo) {
    this.queues = info.steps.map(() => []);
    this.seats = info.steps.map(() => []);
  }

  /** Applies one engine event; `wall` is the page's clock (performance.now) for the animation. */
  apply(event: PlaybackEvent, wall: number): void {
    const key = tokenKey(event.caseId, event.background);
    const s = event.stepIndex;
    let token = this.tokens.get(key);
    if (!token || token.status === 'leaving') {
      if (token) this.tokens.delete(key); // a finished token's case id came back (background work)
      token = this.create(key, event, s);
      if (event.event === 'background' || event.event === 'batch') {
        const parent = this.tokens.get(tokenKey(event.caseId, false));
        if (parent) {
          token.x = parent.x;
          token.y = parent.y;
        }
      }
    }
    switch (event.event) {
      case 'arrive':
        token.fromDoor = true;
        token.step = s;
        token.status = 'moving';
        break;
      case 'background':
      case 'batch': // an item taken from a batch step's pile: work that starts there
        token.step = s;
        token.status = 'moving';
        break;
      case 'queue':
        if (token.status === 'waiting') this.dequeue(token);
        this.vacate(token);
        token.step = s;
        token.status = 'waiting';
        this.enqueue(token, token.rejoinFront);
        token.rejoinFront = false;
        break;
      case 'start':
        // As the engine: a unit found free at once uses up the right to the queue's front.
        if (this.info.steps[s]!.pool >= 0) token.rejoinFront = false;
        if (token.status === 'waiting') this.dequeue(token);
        if (token.step !== s || token.seat < 0) {
          this.vacate(token);
          token.step = s;
          token.seat = this.takeSeat(key, s);
        }
        token.status = 'serving';
        break;
      case 'missed':
        // Called and not there: out of the line, away from the window the call holds.
        this.dequeue(token);
        token.status = 'moving';
        break;
      case 'recall':
        token.step = s;
        token.status = 'waiting';
        this.enqueueAfter(token, this.info.steps[s]!.recallAfter ?? -1);
        break;
      case 'end':
      case 'pile': // an item left for the day's batch: the customer goes on at once
        break;
      case 'fail':
        token.failedAt = wall;
        if (this.info.steps[s]!.rejoinFront) token.rejoinFront = true;
        break;
      case 'balk':
      case 'renege':
        token.outcome = 'gaveUp';
        break;
      case 'exit':
      case 'abandon':
      case 'stuck':
        this.dequeue(token);
        this.vacate(token);
        token.step = s;
        token.status = 'leaving';
        token.outcome = event.event === 'exit' ? 'served' : 'gaveUp';
        token.leftAt = wall;
        break;
    }
  }

  /** Forgets tokens that have finished walking out. */
  sweep(wall: number): void {
    for (const [key, token] of this.tokens)
      if (token.status === 'leaving' && wall - token.leftAt > LEAVE_MS) this.tokens.delete(key);
  }

  /** Rebuilds every token from the engine's state (after a start, restart or jump). */
  reset(state: Snapshot): void {
    this.tokens.clear();
    this.queues.forEach((queue) => (queue.length = 0));
    this.seats.forEach((seats) => (seats.length = 0));
    const stepIndex = new Map(this.info.steps.map((step, i) => [step.id, i]));
    const classIndex = new Map(this.info.classes.map((c, i) => [c.id, i]));
    const waitingCustomers = new Set<string>();
    for (const view of state.customers)
      if (view.state === 'waiting') waitingCustomers.add(`${view.caseId}@${view.stepId}`);
    const views = state.customers.map((view) => {
      const background = view.state === 'background';
      const queued = ownValue(state.queues, view.stepId)?.includes(view.caseId) ?? false;
      // The snapshot does not say whether background work waits; it waits if its case id
      // is in the step's queue and the customer of that case is not the one waiting there.
      const waiting = background
        ? queued && !waitingCustomers.has(`${view.caseId}@${view.stepId}`)
        : view.state === 'waiting';
      return { view, background, waiting };
    });
    for (const { view, background, waiting } of views) {
      const key = tokenKey(view.caseId, background);
      const s = stepIndex.get(view.stepId) ?? 0;
      const token = this.create(key, { caseId: view.caseId, background }, s);
      token.classIndex = classIndex.get(view.classId) ?? 0;
      token.status = waiting ? 'waiting' : 'serving';
      if (!waiting) token.seat = this.takeSeat(key, s);
    }
    // Queues in the engine's order, as the snapshot lists them.
    for (const [stepId, cases] of Object.entries(state.queues)) {
      const s = stepIndex.get(stepId);
      if (s === undefined) continue;
      for (const caseId of cases) {
        const customer = this.tokens.get(tokenKey(caseId, false));
        const key =
          customer && customer.step === s && customer.status === 'waiting'
            ? customer.key
            : tokenKey(caseId, true);
        this.queues[s]!.push(key);
      }
    }
  }

  /** How many tokens are drawn (those walking out included). */
  get size(): number {
    return this.tokens.size;
  }

  private create(
    key: number,
    event: Pick<PlaybackEvent, 'caseId' | 'background'> & { classIndex?: number },
    step: number,
  ): Token {
    const token: Token = {
      key,
      caseId: event.caseId,
      background: event.background,
      classIndex: event.classIndex ?? 0,
      step,
      status: 'moving',
      seat: -1,
      outcome: null,
      failedAt: -Infinity,
      leftAt: -Infinity,
      fromDoor: false,
      rejoinFront: false,
      x: NaN,
      y: NaN,
    };
    this.tokens.set(key, token);
    return token;
  }

  private level(token: Token): number {
    const pool = this.info.steps[token.step]?.pool ?? -1;
    return pool >= 0 ? (this.info.pools[pool]?.levelOfClass[token.classIndex] ?? 0) : 0;
  }

  /** Behind everyone of its priority level, or at the level's front (`rejoin: "front"`). */
  private enqueue(token: Token, front: boolean): void {
    const queue = this.queues[token.step]!;
    const level = this.level(token);
    const levelAt = (at: number) => this.level(this.tokens.get(queue[at]!)!);
    let at: number;
    if (front) {
      at = 0;
      while (at < queue.length && levelAt(at) < level) at++;
    } else {
      at = queue.length;
      while (at > 0 && levelAt(at - 1) > level) at--;
    }
    queue.splice(at, 0, token.key);
  }

  /** Behind `after` of its priority level (the engine's WaitingLine.pushAfter); -1: at the back. */
  private enqueueAfter(token: Token, after: number): void {
    if (after < 0) return this.enqueue(token, false);
    const queue = this.queues[token.step]!;
    const level = this.level(token);
    const levelAt = (at: number) => this.level(this.tokens.get(queue[at]!)!);
    let at = 0;
    while (at < queue.length && levelAt(at) < level) at++;
    for (let passed = 0; at < queue.length && passed < after && levelAt(at) === level; passed++)
      at++;
    queue.splice(at, 0, token.key);
  }

  private dequeue(token: Token): void {
    const queue = this.queues[token.step];
    if (!queue) return;
    const at = queue.indexOf(token.key);
    if (at >= 0) queue.splice(at, 1);
  }

  private takeSeat(key: number, step: number): number {
    const seats = this.seats[step]!;
    let seat = seats.indexOf(undefined);
    if (seat < 0) seat = seats.length;
    seats[seat] = key;
    return seat;
  }

  private vacate(token: Token): void {
    if (token.seat < 0) return;
    const seats = this.seats[token.step]!;
    if (seats[token.seat] === token.key) seats[token.seat] = undefined;
    while (seats.length > 0 && seats[seats.length - 1] === undefined) seats.pop();
    token.seat = -1;
  }
}
