/**
 * The Web Worker around the engine: the engine is pure and knows nothing of messages;
 * this adapter turns a request into a run and reports progress and the results. The app
 * stops a run by terminating the worker, which is immediate.
 */
import { simulate } from '../../sim/index.ts';
import type { RunRequest, WorkerReply } from './protocol.ts';

const reply = (message: WorkerReply): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, blueprint, options } = event.data;
  try {
    const results = simulate(blueprint, {
      ...options,
      onProgress: (done, total) => reply({ type: 'progress', id, done, total }),
    });
    reply({ type: 'done', id, results });
  } catch (error) {
    reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
