/**
 * Reading and checking an opened file, off the main thread: for a big blueprint the JSON
 * parse with positions, the schema and the checks take seconds, and the page must keep
 * drawing meanwhile. A thin comlink adapter around the model's own loader.
 */
import { expose } from 'comlink';
import { type LoadResult, loadBlueprintText } from '../../model/index.ts';

const api = {
  load(text: string): LoadResult {
    return loadBlueprintText(text);
  },
};

export type LoadApi = typeof api;

expose(api);
