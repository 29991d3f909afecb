/**
 * The page side of playback, outside React: talks to the worker, keeps the tokens, runs
 * the animation loop. Each frame, while playing, it asks the engine to advance by the wall
 * time that passed times the speed, and draws what the reply says; tokens glide between
 * the places the engine's events put them. React reads a status from here a few times a
 * second (counters, pools), never per frame.
 *
 * The engine is never ahead of the clock shown (one request in flight at most, and the
 * clock shows the engine's time): a live change applies at the moment on the clock, and
 * pausing shows exactly the engine's state.
 */
import type { Blueprint } from '../../model/index.ts';
import type { BudgetProblem, Snapshot } from '../../sim/index.ts';
import { formatClock } from './clockFormat.ts';
import { type EventDescription, describeEvents } from './eventDescription.ts';
import type {
  PlaybackFrame,
  PlaybackInfo,
  PlaybackReply,
  PlaybackRequest,
  TimedLiveChange,
} from './playbackProtocol.ts';
import type { StageGeometry, StageView } from './tokenGeometry.ts';
import { type DrawnQueue, TokenPainter } from './tokenPainter.ts';
import { TokenTable, tokenKey } from './tokenModel.ts';

/** Never ask the engine for more than this much wall time at once (a frame after a stall or a background tab). */
const MAX_STEP_MS = 250;
/** React hears of counters at most this often while playing. */
const PUBLISH_MS = 250;

/** Clock minutes per wall-clock second. */
export const DEFAULT_SPEED = 1;

export interface PlaybackStatus {
  phase: 'starting' | 'running' | 'error';
  error: string | null;
  /** Set when the engine's run budget stopped the playback (worded by the page). */
  budget: BudgetProblem | null;
  info: PlaybackInfo | null;
  playing: boolean;
  speed: number;
  /** The latest frame, without its events. */
  frame: PlaybackFrame | null;
  /** Tokens drawn in the last animation frame. */
  tokens: number;
  /** What the last "Next event" ran to; null once the clock moves on otherwise. */
  lastEvent: EventDescription | null;
}

export interface Scene {
  geometry: StageGeometry;
  view: StageView;
  /** Fill colour per class index. */
  colours: readonly string[];
}

type RequestBody = PlaybackRequest extends infer R
  ? R extends PlaybackRequest
    ? Omit<R, 'request'>
    : never
  : never;

export class PlaybackDriver {
  private status: PlaybackStatus = {
    phase: 'starting',
    error: null,
    budget: null,
    info: null,
    playing: false,
    speed: DEFAULT_SPEED,
    frame: null,
    tokens: 0,
    lastEvent: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<
    number,
    { resolve: (frame: PlaybackFrame) => void; reject: (error: Error) => void }
  >();
  private requestCounter = 0;
  private table: TokenTable | null = null;
  private painter: TokenPainter | null = null;
  private clockElement: HTMLElement | null = null;
  private shownClock = '';
  private scene: Scene | null = null;
  private blueprint: Blueprint | null = null;
  private advancing = false;
  /** The request number of the advance in flight. */
  private advanceRequest = -1;
  /** The request number of the last "Next event" (-1: none, or the user has moved on since). */
  private stepRequest = -1;
  /** Wall time played but not yet asked of the engine, ms. */
  private owed = 0;
  private lastWall = 0;
  private lastPublish = 0;
  private frameHandle = 0;
  private disposed = false;
  /** Something changed since the tokens were last drawn (events, a new scene or size). */
  private dirty = true;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<PlaybackReply>) => this.receive(event.data);
    worker.onerror = (event) => this.fail(event.message || 'the simulation worker stopped');
    this.lastWall = performance.now();
    this.frameHandle = requestAnimationFrame(this.tick);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getStatus = (): PlaybackStatus => this.status;

  /**
   * Starts (or restarts) the blueprint; `seed` null is the blueprint's own seed. `replay`
   * makes a kept lesson's live changes again at their times and runs on to its clock.
   */
  start(
    blueprint: Blueprint,
    seed: number | null,
    play = this.status.playing,
    replay?: { changes: TimedLiveChange[]; clock: number },
  ): void {
    this.blueprint = blueprint;
    this.stepRequest = -1;
    this.update({
      phase: 'starting',
      error: null,
      budget: null,
      playing: play,
      lastEvent: null,
    });
    void this.send({ type: 'start', blueprint, seed, ...(replay ? { replay } : {}) });
  }

  restart(seed: number | null): void {
    if (this.blueprint) this.start(this.blueprint, seed);
  }

  play(): void {
    if (this.status.frame?.finished) return;
    this.owed = 0;
    // A "Next event" still in flight must not describe itself once playing has begun.
    this.stepRequest = -1;
    this.update({ playing: true, lastEvent: null });
  }

  pause(): void {
    this.update({ playing: false });
  }

  toggle(): void {
    if (this.status.playing) this.pause();
    else this.play();
  }

  /** Pauses and runs the engine to its next event. */
  stepEvent(): void {
    this.pause();
    this.stepRequest = this.requestCounter + 1;
    void this.send({ type: 'step' });
  }

  setSpeed(speed: number): void {
    this.update({ speed });
  }

  jumpTo(time: number): void {
    this.stepRequest = -1;
    this.update({ lastEvent: null });
    void this.send({ type: 'jump', to: time });
  }

  setUnits(pool: string, units: number): void {
    void this.send({ type: 'setUnits', pool, units });
  }

  followSchedule(pool: string): void {
    void this.send({ type: 'followSchedule', pool });
  }

  setRateFactor(factor: number): void {
    void this.send({ type: 'setRateFactor', factor });
  }

  setPeak(on: boolean): void {
    void this.send({ type: 'setPeak', on });
  }

  resetLive(): void {
    void this.send({ type: 'resetLive' });
  }

  /** The engine's whole state now (for the honesty check in the tests). */
  async requestSnapshot(): Promise<Snapshot> {
    const frame = await this.send({ type: 'snapshot' });
    if (!frame?.snapshot) throw new Error(this.status.error ?? 'no snapshot');
    return frame.snapshot;
  }

  /** The canvas the tokens are drawn on (null: none). */
  attachCanvas(canvas: HTMLCanvasElement | null): void {
    this.painter = canvas ? new TokenPainter(canvas) : null;
    this.dirty = true;
  }

  /** The element the clock is written into every frame (React leaves its text alone). */
  attachClock(clock: HTMLElement | null): void {
    this.clockElement = clock;
    this.shownClock = '';
  }

  resize(width: number, height: number, pixelRatio: number): void {
    this.painter?.resize(width, height, pixelRatio);
    this.dirty = true;
  }

  setScene(scene: Scene | null): void {
    this.scene = scene;
    this.dirty = true;
  }

  /** Screen positions and radius of the tokens drawn last frame, relative to the stage (for tests). */
  tokenPositions(): { x: number; y: number; radius: number }[] {
    const drawn = this.painter?.drawn ?? [];
    const radius = this.painter?.radius ?? 0;
    const points: { x: number; y: number; radius: number }[] = [];
    for (let i = 0; i < drawn.length; i += 2)
      points.push({ x: drawn[i]!, y: drawn[i + 1]!, radius });
    return points;
  }

  /** The queues drawn last frame, with their step ids (for tests). */
  drawnQueues(): (DrawnQueue & { stepId: string })[] {
    const steps = this.status.info?.steps ?? [];
    return (this.painter?.queues ?? []).map((queue) => ({
      ...queue,
      stepId: steps[queue.step]?.id ?? '',
    }));
  }

  dispose(): void {
    this.disposed = true;
    cancelAnimationFrame(this.frameHandle);
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error('playback closed'));
    this.pending.clear();
    this.listeners.clear();
  }

  // ---- the loop ------------------------------------------------------------------

  private readonly tick = (now: number): void => {
    if (this.disposed) return;
    const elapsed = Math.min(Math.max(0, now - this.lastWall), MAX_STEP_MS);
    this.lastWall = now;
    const frame = this.status.frame;
    if (this.status.playing && frame && !frame.finished && this.status.phase === 'running') {
      this.owed = Math.min(this.owed + elapsed, MAX_STEP_MS);
      if (!this.advancing) {
        const to = frame.clock + (this.owed / 1000) * this.status.speed;
        this.owed = 0;
        this.advancing = true;
        this.advanceRequest = this.requestCounter + 1;
        void this.send({ type: 'advance', to }).finally(() => (this.advancing = false));
      }
    }
    this.drawFrame(now, elapsed);
    if (this.status.playing && now - this.lastPublish >= PUBLISH_MS) this.publish(now);
    this.frameHandle = requestAnimationFrame(this.tick);
  };

  private drawFrame(now: number, elapsed: number): void {
    const frame = this.status.frame;
    if (this.clockElement && frame) {
      const text = formatClock(frame.clock);
      if (text !== this.shownClock) {
        this.clockElement.textContent = text;
        this.clockElement.dataset['minutes'] = String(frame.clock);
        this.shownClock = text;
      }
    }
    if (!this.painter || !this.scene || !this.table) return;
    // Nothing new from the engine, nothing moving: the last picture is still right.
    if (!this.dirty && !this.painter.animating) return;
    this.dirty = false;
    this.table.sweep(now);
    const { geometry, view, colours } = this.scene;
    const count = this.painter.draw(this.table, geometry, view, colours, now, elapsed);
    this.status = { ...this.status, tokens: count };
  }

  // ---- messages ------------------------------------------------------------------

  /** Resolves with the reply, or null when the engine reported an error (shown as the status). */
  private send(body: RequestBody): Promise<PlaybackFrame | null> {
    const request = ++this.requestCounter;
    return new Promise<PlaybackFrame>((resolve, reject) => {
      this.pending.set(request, { resolve, reject });
      this.worker.postMessage({ ...body, request } as PlaybackRequest);
    }).catch((error: unknown) => {
      this.fail(error instanceof Error ? error.message : String(error));
      return null;
    });
  }

  private receive(reply: PlaybackReply): void {
    const waiting = this.pending.get(reply.request);
    this.pending.delete(reply.request);
    if (reply.type === 'error') {
      if (reply.budget) this.status = { ...this.status, budget: reply.budget };
      waiting?.reject(new Error(reply.message));
      return;
    }
    const wall = performance.now();
    if (reply.reset) {
      this.table = new TokenTable(reply.reset.info);
      this.table.reset(reply.reset.snapshot);
    }
    if (this.table) for (const event of reply.events) this.table.apply(event, wall);
    if (reply.reset || reply.events.length > 0) this.dirty = true;
    const frame: PlaybackFrame = { ...reply, events: [] };
    delete frame.reset;
    delete frame.snapshot;
    const changes: Partial<PlaybackStatus> = { frame, phase: 'running' };
    if (reply.reset) changes.info = reply.reset.info;
    if (reply.request === this.stepRequest && this.table && this.status.info)
      changes.lastEvent = describeEvents(reply.events, this.status.info, (event) => {
        const token = this.table?.tokens.get(tokenKey(event.caseId, event.background));
        return token && token.step === event.stepIndex ? token.seat : -1;
      });
    if (reply.finished) changes.playing = false;
    this.status = { ...this.status, ...changes };
    // Advances while playing are published by the loop a few times a second; the rest at once.
    const routine = reply.request === this.advanceRequest && this.status.playing;
    if (!routine || reply.reset || reply.finished) this.publish(wall);
    waiting?.resolve(reply);
  }

  private fail(message: string): void {
    if (message === 'playback closed') return;
    this.update({ phase: 'error', error: message, playing: false });
  }

  private update(changes: Partial<PlaybackStatus>): void {
    this.status = { ...this.status, ...changes };
    this.publish(performance.now());
  }

  private publish(now: number): void {
    this.lastPublish = now;
    this.status = { ...this.status };
    for (const listener of this.listeners) listener();
  }
}
