/**
 * The playback worker: owns one PlaybackSession and answers each request with a frame.
 * The engine runs here; the page only draws what the frames say.
 */
import { playbackErrorReply } from './playbackError.ts';
import { PlaybackSession } from './playbackSession.ts';
import type { PlaybackReply, PlaybackRequest } from './playbackProtocol.ts';

let session: PlaybackSession | null = null;

const reply = (message: PlaybackReply): void => self.postMessage(message);

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

self.onmessage = (event: MessageEvent<PlaybackRequest>) => {
  try {
    reply(handle(event.data));
  } catch (error) {
    reply(playbackErrorReply(error, event.data.request));
  }
};
