/**
 * What the playback worker does with each request, apart from the worker itself: owns one
 * PlaybackSession and answers every request with a frame (or an error reply). Kept out of
 * playback.worker.ts so the page's driver can be tested against the real engine in-process.
 */
import { playbackErrorReply } from './playbackError.ts';
import { PlaybackSession } from './playbackSession.ts';
import type { PlaybackReply, PlaybackRequest } from './playbackProtocol.ts';

export type PlaybackHandler = (message: PlaybackRequest) => PlaybackReply;

export function createPlaybackHandler(): PlaybackHandler {
  let session: PlaybackSession | null = null;

  function handle(message: PlaybackRequest): PlaybackReply {
    if (message.type === 'start') {
      session = new PlaybackSession(message.blueprint, message.seed);
      if (message.replay) session.replay(message.replay.changes, message.replay.clock);
      return session.frame(message.request, { reset: true });
    }
    if (!session) throw new Error('Playback has not been started.');
    switch (message.type) {
      case 'advance':
        session.advance(message.to);
        return session.frame(message.request);
      case 'step':
        session.stepEvent();
        return session.frame(message.request);
      case 'jump':
        session.jump(message.to);
        return session.frame(message.request, { reset: true });
      case 'setUnits':
        session.setUnits(message.pool, message.units);
        break;
      case 'followSchedule':
        session.followSchedule(message.pool);
        break;
      case 'setRateFactor':
        session.setRateFactor(message.factor);
        break;
      case 'setPeak':
        session.setPeak(message.on);
        break;
      case 'resetLive':
        session.resetLive();
        break;
      case 'snapshot':
        return session.frame(message.request, { snapshot: true });
    }
    return session.frame(message.request);
  }

  return (message) => {
    try {
      return handle(message);
    } catch (error) {
      return playbackErrorReply(error, message.request);
    }
  };
}
