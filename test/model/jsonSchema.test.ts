/**
 * The published JSON Schema lets other tools validate blueprints. It must be current
 * (generated from the zod schema), and a standard validator must agree with ours on the
 * examples and on structural errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { blueprintJsonSchema } from '../../src/model/jsonSchema.ts';
import { minimalJson, setAt } from '../support/builders.ts';

const published = JSON.parse(
  readFileSync(new URL('../../public/blueprint.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);

describe('public/blueprint.schema.json', () => {
  it('is the one generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(published).toEqual(blueprintJsonSchema());
  });

  it.each(
    readdirSync(new URL('../../blueprints/', import.meta.url)).filter((f) => f.endsWith('.json')),
  )('accepts the example %s', (name) => {
    const example = JSON.parse(
      readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), 'utf8'),
    ) as unknown;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the minimal blueprint', () => {
    expect(validate(minimalJson())).toBe(true);
  });

  it.each([
    [['steps', 1, 'duration', 'mean'], 0],
    [['steps', 0, 'lane'], 'lobby'],
    [['steps', 1, 'durtion'], 3],
    [['run', 'open'], '9:00'],
    [['format'], 'bpmn'],
  ])('rejects %j = %j, as the app does', (path, value) => {
    const document = minimalJson();
    setAt(document, path as (string | number)[], value);
    expect(validate(document)).toBe(false);
  });
});
