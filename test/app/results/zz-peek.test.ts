import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { loadBlueprintText } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
it('peek', () => {
  const r = loadBlueprintText(readFileSync('blueprints/counter-deposit.json','utf8'));
  if (!r.ok) throw new Error('x');
  const res = simulate(r.blueprint, { replications: 5 });
  writeFileSync('/tmp/res.json', JSON.stringify(res, null, 1));
});
