import { describe, expect, it } from 'vitest';
import { panelKeyFor, type ShownPanel } from '../../../src/app/inspector/panelKey.ts';

const shown = (id: string, ids: string[], serial = 1): ShownPanel => ({
  id,
  key: `${serial}:${id}`,
  ids,
  documentSerial: serial,
});

describe('the step panel key', () => {
  it('stays the same when the shown step is renamed, so the clicked field keeps the focus', () => {
    expect(panelKeyFor(shown('a', ['a', 'b']), 'a2', ['a2', 'b'], 1)).toBe('1:a');
  });
  it('changes when another step is chosen', () => {
    expect(panelKeyFor(shown('a', ['a', 'b']), 'b', ['a', 'b'], 1)).toBe('1:b');
  });
  it('changes when another document is opened, even with the same step id', () => {
    expect(panelKeyFor(shown('a', ['a']), 'a', ['a'], 2)).toBe('2:a');
  });
  it('is the id on first showing', () => {
    expect(panelKeyFor(undefined, 'a', ['a'], 3)).toBe('3:a');
  });
});
