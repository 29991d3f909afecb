/**
 * The playback worker: answers each request with a frame (playbackHandler.ts).
 * The engine runs here; the page only draws what the frames say.
 */
import { createPlaybackHandler } from './playbackHandler.ts';
import type { PlaybackReply, PlaybackRequest } from './playbackProtocol.ts';

const handle = createPlaybackHandler();

self.onmessage = (event: MessageEvent<PlaybackRequest>) => {
  const reply: PlaybackReply = handle(event.data);
  self.postMessage(reply);
};
