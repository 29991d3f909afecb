/** The handle bounds given to React Flow up front agree with the handles it would measure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SOURCE_HANDLE_SIZE,
  STEP_HANDLES,
  TARGET_HANDLE_SIZE,
} from '../../src/app/canvas/handleBounds.ts';
import { STEP_HEIGHT, STEP_WIDTH } from '../../src/app/diagram/geometry.ts';
import { layoutBlueprint } from '../../src/app/canvas/layout.ts';
import { buildCatalog } from '../../src/app/examples/catalog.ts';
import { exampleFiles } from './blueprints.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/app/styles/steps.css'), 'utf8');

/** The `width` a CSS rule sets, in px. */
function cssWidth(selector: string): number {
  const rule = css.slice(css.indexOf(`${selector} {`));
  return Number(/\bwidth:\s*(\d+)px/.exec(rule.slice(0, rule.indexOf('}')))![1]);
}

describe('handle bounds known without measuring', () => {
  it('have the sizes the style sheet gives the handles', () => {
    expect(cssWidth('.step-handle')).toBe(TARGET_HANDLE_SIZE);
    expect(cssWidth('.step-handle--source')).toBe(SOURCE_HANDLE_SIZE);
  });

  it('centre a source and a target handle on the middle of each side', () => {
    const centres = STEP_HANDLES.map((handle) => ({
      id: handle.id,
      x: handle.x + handle.width! / 2,
      y: handle.y + handle.height! / 2,
    }));
    const middle = { top: [STEP_WIDTH / 2, 0], right: [STEP_WIDTH, STEP_HEIGHT / 2] };
    const bottom = [STEP_WIDTH / 2, STEP_HEIGHT];
    const left = [0, STEP_HEIGHT / 2];
    for (const [side, [x, y]] of Object.entries({ ...middle, bottom, left })) {
      for (const type of ['source', 'target']) {
        expect(centres).toContainEqual({ id: `${type}-${side}`, x, y });
      }
    }
    expect(STEP_HANDLES).toHaveLength(8);
  });

  it('are on every step node of a layout', () => {
    const example = buildCatalog(exampleFiles())[0]!;
    if (!example.result.ok) throw new Error('the example should load');
    const { nodes } = layoutBlueprint(example.result.blueprint);
    for (const node of nodes) expect(node.handles).toBe(STEP_HANDLES);
  });
});
