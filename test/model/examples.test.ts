/**
 * The example blueprints are the product's showcase and the users' templates: each must
 * be valid, clean, canonical, simulatable, bilingual, and lose nothing in a round trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Blueprint,
  loadBlueprintText,
  serializeBlueprint,
  textIn,
} from '../../src/model/index.ts';

const folder = new URL('../../blueprints/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

function load(name: string) {
  const text = readFileSync(new URL(name, folder), 'utf8');
  const result = loadBlueprintText(text);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.findings, null, 2)}`);
  return { text, result };
}

function loadedBlueprint(name: string): Blueprint {
  const { result } = load(name);
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.blueprint;
}

it('there are at least five examples, the counter deposit among them', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
  expect(files).toContain('counter-deposit.json');
});

describe.each(files)('%s', (name) => {
  it('is valid, with no errors and no warnings', () => {
    expect(load(name).result.findings).toEqual([]);
  });

  it('round-trips without loss: parse → serialise → parse', () => {
    const { text, result } = load(name);
    const again = loadBlueprintText(serializeBlueprint(result.blueprint));
    expect(again.ok && again.blueprint).toEqual(result.blueprint);
    expect(JSON.parse(serializeBlueprint(result.blueprint))).toEqual(JSON.parse(text));
  });

  it('is stored in the canonical form the app saves', () => {
    const { text, result } = load(name);
    expect(text).toBe(serializeBlueprint(result.blueprint));
  });

  it('has its id as its file name, a description, and simulation parameters', () => {
    const blueprint = loadedBlueprint(name);
    expect(`${blueprint.id}.json`).toBe(name);
    expect(textIn(blueprint.description, 'en').length).toBeGreaterThan(80);
    expect(blueprint.run).toBeDefined();
    expect(blueprint.arrivals ?? blueprint.classes?.find((c) => c.arrivals)).toBeDefined();
    expect(blueprint.steps.some((step) => step.duration && step.resource)).toBe(true);
  });

  it('speaks English and Chinese in every label', () => {
    const blueprint = loadedBlueprint(name);
    const labels = [
      blueprint.name,
      blueprint.description,
      ...blueprint.steps.map((s) => s.label),
      ...(blueprint.phases ?? []).map((p) => p.label),
    ];
    for (const label of labels) {
      expect(
        typeof label === 'object' && label.en && label['zh-CN'],
        JSON.stringify(label),
      ).toBeTruthy();
    }
  });
});

it('writes the same text whatever order the fields were added in', () => {
  const text = readFileSync(new URL('counter-deposit.json', folder), 'utf8');
  // The order edits would add fields in: backwards, at the top and in every step and flow.
  // (Maps such as {"en", "zh-CN"} keep their own order: that is data, not layout.)
  const backwards = (value: object): object => Object.fromEntries(Object.entries(value).reverse());
  const document = JSON.parse(text) as Blueprint;
  const edited = backwards({
    ...document,
    steps: document.steps.map(backwards),
    flows: document.flows.map(backwards),
  }) as Blueprint;
  expect(JSON.stringify(edited)).not.toBe(JSON.stringify(document));
  expect(serializeBlueprint(edited)).toBe(text);
});
