/**
 * The page's playback driver against the real engine, in-process: a fake worker queues the
 * driver's requests and answers them when the test says, so replies can arrive late, as they
 * do from a busy worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybackDriver } from '../../../src/app/playback/playbackDriver.ts';
import { createPlaybackHandler } from '../../../src/app/playback/playbackHandler.ts';
import type { PlaybackReply, PlaybackRequest } from '../../../src/app/playback/playbackProtocol.ts';
import { example } from './support.ts';

class QueuedWorker {
  onmessage: ((event: { data: PlaybackReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  private readonly waiting: PlaybackRequest[] = [];
  private readonly handle = createPlaybackHandler();

  postMessage(message: PlaybackRequest): void {
    this.waiting.push(structuredClone(message));
  }

  terminate(): void {
    this.waiting.length = 0;
  }

  /** Answers every request sent so far, in order, as the worker would. */
  answerAll(): void {
    for (let message = this.waiting.shift(); message; message = this.waiting.shift())
      this.onmessage?.({ data: this.handle(message) });
  }
}

let worker: QueuedWorker;
let driver: PlaybackDriver;

beforeEach(() => {
  // The animation loop is not under test: its first frame never comes.
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  worker = new QueuedWorker();
  driver = new PlaybackDriver(worker as unknown as Worker);
  driver.start(example('counter-deposit'), 7, false);
  worker.answerAll();
  driver.jumpTo(driver.getStatus().info!.start + 90);
  worker.answerAll();
});

afterEach(() => {
  driver.dispose();
  vi.unstubAllGlobals();
});

describe('Next event', () => {
  it('describes the event it ran to', () => {
    driver.stepEvent();
    worker.answerAll();
    const status = driver.getStatus();
    expect(status.playing).toBe(false);
    expect(status.lastEvent).not.toBeNull();
    expect(status.lastEvent!.stepId).toMatch(/\S/);
  });

  it('is forgotten when play starts before its reply arrives', () => {
    driver.stepEvent();
    driver.play();
    worker.answerAll();
    expect(driver.getStatus().playing).toBe(true);
    expect(driver.getStatus().lastEvent).toBeNull();
  });

  it('is forgotten when a jump is asked for before its reply arrives', () => {
    const before = driver.getStatus().frame!.clock;
    driver.stepEvent();
    driver.jumpTo(before + 30);
    worker.answerAll();
    expect(driver.getStatus().frame!.clock).toBe(before + 30);
    expect(driver.getStatus().lastEvent).toBeNull();
  });
});
