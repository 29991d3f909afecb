/** The blueprint's size line under the details and the exported title: plurals per count. */
import { describe, expect, it } from 'vitest';
import { blueprintSize } from '../../src/app/i18n/blueprintSize.ts';
import { translator } from '../support/translator.ts';
import { makeBlueprint } from './blueprints.ts';

describe('the size line', () => {
  it('says "1 step", not "1 steps", and counts flows and phases', async () => {
    const t = await translator('en');
    const one = makeBlueprint([{ id: 'a', lane: 'customer' }]);
    expect(blueprintSize(t, one)).toBe('1 step · 0 flows · 0 phases');
  });

  it('reads in Chinese', async () => {
    const t = await translator('zh-CN');
    const one = makeBlueprint([{ id: 'a', lane: 'customer' }]);
    expect(blueprintSize(t, one)).toBe('1 个步骤 · 0 条流程线 · 0 个阶段');
  });
});
