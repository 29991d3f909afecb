/** The published JSON Schema, generated from the zod schema (the single source). */
import { z } from 'zod';
import { Blueprint, CURRENT_VERSION } from './schema/blueprint.ts';

/**
 * A name, not an address: the schema is published with the app (/blueprint.schema.json)
 * and in the repository (public/blueprint.schema.json), wherever those are hosted.
 */
export const SCHEMA_ID = 'urn:blueprint-lab:schema:blueprint';

export function blueprintJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(Blueprint, {
    target: 'draft-2020-12',
    io: 'input',
  });
  return {
    $schema,
    $id: SCHEMA_ID,
    ...schema,
    $comment: `Blueprint Lab format version ${CURRENT_VERSION}. Generated from src/model/schema by \`npm run schema\`; do not edit.`,
  };
}

let propertyNames: string[] | undefined;

/** Every property name the format knows, for "did you mean …?" on unknown ones. */
export function knownPropertyNames(): string[] {
  if (propertyNames) return propertyNames;
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const name of Object.keys(record.properties)) names.add(name);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(blueprintJsonSchema());
  propertyNames = [...names];
  return propertyNames;
}
