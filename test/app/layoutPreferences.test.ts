/**
 * The sidebar folds itself on a narrow window until the user chooses; older choices are
 * read so. Panels folded for a blueprint's view are not the user's choice.
 */
import { describe, expect, it } from 'vitest';
import {
  migrateLayoutPreferences,
  NOTHING_FOLDED,
  SIDEBAR_FOLD_WIDTH,
  sidebarOpenFor,
  useLayoutPreferences,
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

describe('panels folded for a view', () => {
  const state = () => useLayoutPreferences.getState();

  it("come back with their buttons, leaving the user's choices as they were", () => {
    useLayoutPreferences.setState({ sidebarOpen: true, inspectorOpen: true });
    state().setFoldedForView({ sidebar: true, inspector: true });
    state().toggleInspector();
    expect(state().foldedForView).toEqual({ sidebar: true, inspector: false });
    expect(state().inspectorOpen).toBe(true);
    state().toggleSidebar();
    expect(state().foldedForView).toEqual(NOTHING_FOLDED);
    expect(state().sidebarOpen).toBe(true);
    // A panel not folded for the view folds as the user's choice, remembered.
    state().toggleInspector();
    expect(state().inspectorOpen).toBe(false);
  });

  it('a selection brings back only an inspector folded for the view', () => {
    useLayoutPreferences.setState({ inspectorOpen: false, foldedForView: NOTHING_FOLDED });
    state().revealInspector();
    expect(state().inspectorOpen).toBe(false);
    useLayoutPreferences.setState({
      inspectorOpen: true,
      foldedForView: { sidebar: true, inspector: true },
    });
    state().revealInspector();
    expect(state().foldedForView).toEqual({ sidebar: true, inspector: false });
  });
});
