/**
 * Writes public/blueprint.schema.json from the zod schema. With --check, only compares
 * and fails when the committed file is stale (CI runs this).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { blueprintJsonSchema } from '../src/model/jsonSchema.ts';

const target = new URL('../public/blueprint.schema.json', import.meta.url);
const generated = `${JSON.stringify(blueprintJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== generated) {
    console.error(
      'public/blueprint.schema.json is stale: run `npm run schema` and commit the result.',
    );
    process.exit(1);
  }
  console.log('public/blueprint.schema.json is up to date.');
} else {
  writeFileSync(target, generated);
  console.log('wrote public/blueprint.schema.json');
}
