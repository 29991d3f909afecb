/**
 * Loads blueprint text in a worker of its own (load.worker.ts), ended when it answers. If
 * workers cannot start here, the text is loaded on the main thread instead: slower for a
 * big file, but it opens.
 */
import { type Remote, wrap } from 'comlink';
import { type LoadResult, loadBlueprintText } from '../../model/index.ts';
import type { LoadApi } from './load.worker.ts';

export async function loadTextOffThread(text: string): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadBlueprintText(text);
  }
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => reject(new Error(event.message))),
  );
  try {
    const remote: Remote<LoadApi> = wrap<LoadApi>(worker);
    return await Promise.race([remote.load(text), failed]);
  } catch {
    return loadBlueprintText(text);
  } finally {
    worker.terminate();
  }
}
