// A worker thread does not inherit the main thread's tsx loader: register it here, as
// bin/blueprint-lab.mjs does, then load the TypeScript worker. Plain JavaScript, so it
// loads the same way under `npx blueprint-lab` and under vitest.
import { register } from 'tsx/esm/api';

register();
await import('./simulateWorker.ts');
