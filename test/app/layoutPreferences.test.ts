/** The sidebar folds itself on a narrow window until the user chooses; older choices are read so. */
import { describe, expect, it } from 'vitest';
import {
  migrateLayoutPreferences,
  SIDEBAR_FOLD_WIDTH,
  sidebarOpenFor,
} from '../../src/app/header/layoutPreferences.ts';

describe('the sidebar until the user chooses', () => {
  it('is folded on a projector or a small laptop, open on a wider window', () => {
    expect(sidebarOpenFor(1280)).toBe(false);
    expect(sidebarOpenFor(SIDEBAR_FOLD_WIDTH - 1)).toBe(false);
    expect(sidebarOpenFor(1440)).toBe(true);
    expect(sidebarOpenFor(1920)).toBe(true);
  });

  it("reads version 0's stored default (open) as no choice, and keeps a fold", () => {
    expect(migrateLayoutPreferences({ sidebarOpen: true, dockHeight: 200 }, 0)).toEqual({
      sidebarOpen: null,
      dockHeight: 200,
    });
    expect(migrateLayoutPreferences({ sidebarOpen: false }, 0)).toEqual({ sidebarOpen: false });
    expect(migrateLayoutPreferences({ sidebarOpen: true }, 1)).toEqual({ sidebarOpen: true });
  });
});
