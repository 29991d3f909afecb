/**
 * The engine's workers (the app's simulation and playback workers, the command line's
 * worker threads) start without zod and the schema: loading them took about a second of
 * CPU per worker thread. Follows every import that loads code (not `import type` or
 * `export type`) from each entry through the sources, and fails naming the chain that
 * reaches the schema library.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Modules a source file loads when it runs: relative paths resolved, packages by name. */
function loadedBy(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const statement = /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(statement)) specifiers.push(match[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? resolve(dirname(file), s) : s));
}

/** The chain of imports from `entry` to a module that `forbidden` matches, or null. */
function pathTo(entry: string, forbidden: (module: string) => boolean): string[] | null {
  const from = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const module = queue.shift()!;
    if (forbidden(module)) {
      const chain: string[] = [];
      for (let at: string | null = module; at; at = from.get(at) ?? null)
        chain.unshift(at.startsWith('/') ? relative(root, at) : at);
      return chain;
    }
    if (!module.startsWith('/')) continue; // a package: not followed
    for (const next of loadedBy(module)) {
      if (from.has(next)) continue;
      from.set(next, module);
      queue.push(next);
    }
  }
  return null;
}

const schemaLibrary = (module: string) =>
  module === 'zod' || module.startsWith('zod/') || module.includes('/src/model/schema/');

describe('the engine’s entries load no schema library', () => {
  it.each([
    'src/sim/index.ts',
    'src/cli/simulateWorker.ts',
    'src/app/simulation/simulation.worker.ts',
    'src/app/playback/playback.worker.ts',
  ])('%s', (entry) => {
    expect(pathTo(resolve(root, entry), schemaLibrary)).toBeNull();
  });

  it('the check finds the way to zod where there is one', () => {
    expect(pathTo(resolve(root, 'src/sim/estimates.ts'), schemaLibrary)).not.toBeNull();
  });
});
