/**
 * Every blueprints/*.json, bundled as text by Vite: adding a file there adds an example,
 * with no list to update.
 */
import { buildCatalog } from './catalog.ts';

const files = import.meta.glob<string>('../../../blueprints/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export const BUNDLED_EXAMPLES = buildCatalog(files);
