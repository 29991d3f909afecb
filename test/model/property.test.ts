/**
 * Whatever it is given, the loader answers with a result: never an exception, never a
 * hang. And whatever it accepts, it writes back without loss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type LoadResult,
  loadBlueprintText,
  loadBlueprintValue,
  serializeBlueprint,
} from '../../src/model/index.ts';
import { minimalJson } from '../support/builders.ts';

const examples = readdirSync(new URL('../../blueprints/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(
        readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), 'utf8'),
      ) as unknown,
  );
const seeds = [minimalJson(), ...examples];

/** A well-formed result: findings with a path and a message; a blueprint that round-trips. */
function expectWellFormed(result: LoadResult): void {
  expect(typeof result.ok).toBe('boolean');
  for (const finding of result.findings) {
    expect(finding.path.startsWith('$')).toBe(true);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(finding.severity);
  }
  if (!result.ok) {
    expect(result.findings.some((finding) => finding.severity === 'error')).toBe(true);
    return;
  }
  // Compared as text: JSON has one zero, so -0 read from a file is written back as 0.
  const text = serializeBlueprint(result.blueprint);
  const again = loadBlueprintText(text);
  expect(again.ok && serializeBlueprint(again.blueprint)).toBe(text);
}

type Json = unknown;

/** Paths of every value inside a JSON document. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** Returns a copy with the value at `path` replaced (or removed when `replacement` is undefined). */
function mutate(document: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = replacement;
  return copy;
}

const interesting = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    0,
    -1,
    1.5,
    1e308,
    -0,
    '',
    'x',
    '24:00',
    '25:00',
    null,
    [],
    {},
    true,
    'steps',
    'tellers',
    'arrive',
  ),
  fc.string(),
  fc.double(),
);

describe('the loader never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        expectWellFormed(loadBlueprintText(text)),
      ),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectWellFormed(loadBlueprintText(JSON.stringify(value)));
        expectWellFormed(loadBlueprintValue(value));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary objects that claim to be blueprints', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (extra) => {
        expectWellFormed(loadBlueprintValue({ ...extra, format: 'blueprint-lab', version: 1 }));
      }),
      { numRuns: 300 },
    );
  });

  it('on examples with values changed, removed or replaced', () => {
    const mutation = fc.constantFrom(...seeds).chain((seed) => {
      const paths = pathsOf(seed);
      return fc.tuple(
        fc.constant(seed),
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.option(interesting, { nil: undefined })), {
          minLength: 1,
          maxLength: 4,
        }),
      );
    });
    fc.assert(
      fc.property(mutation, ([seed, changes]) => {
        let document: Json = seed;
        for (const [path, value] of changes) {
          try {
            document = mutate(document, path, value);
          } catch {
            // An earlier change removed this path: skip it.
          }
        }
        expectWellFormed(loadBlueprintValue(document));
        expectWellFormed(loadBlueprintText(JSON.stringify(document)));
      }),
      { numRuns: 1000 },
    );
    // 1000 loads with every check: about 10 s on a quiet 2-core machine, three times that
    // when the machine is shared; the default 30 s would fail on load, not on a finding.
  }, 120_000);

  it('on examples with their text cut or corrupted', () => {
    const text = JSON.stringify(seeds[0], null, 2);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 3 }), (at, junk) => {
        expectWellFormed(loadBlueprintText(text.slice(0, at)));
        expectWellFormed(loadBlueprintText(text.slice(0, at) + junk + text.slice(at + 1)));
      }),
      { numRuns: 500 },
    );
  });
});
