/**
 * The width the sidebar and the inspector take from the canvas when open, read from the
 * page's CSS variables (base.css), so the panel rule (panelRoom.ts) reckons with the
 * widths the page draws. The inspector folds to a rail, the sidebar to nothing.
 */
import { chosenPanels, useLayoutPreferences } from '../header/layoutPreferences.ts';
import type { PaneSize } from './viewport.ts';
import type { PanelWidths } from './panelRoom.ts';

function cssPixels(name: string): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(name));
  return Number.isFinite(value) ? value : 0;
}

/** What folding each panel gives the canvas, in px. */
function panelGains(): PanelWidths {
  return {
    sidebar: cssPixels('--sidebar-width'),
    inspector: Math.max(0, cssPixels('--inspector-width') - cssPixels('--inspector-rail-width')),
  };
}

/**
 * For a blueprint being opened: the pane as the user's own choices would have it (the
 * panels folded for the last blueprint's view come back), and what folding each panel
 * the user keeps open would give. `keepSidebar`: the sidebar lists the blueprint's errors
 * and is not folded away from them.
 */
export function roomAsChosen(
  pane: PaneSize,
  keepSidebar: boolean,
): { pane: PaneSize; widths: PanelWidths } {
  const chosen = chosenPanels();
  const folded = useLayoutPreferences.getState().foldedForView;
  const gains = panelGains();
  const back =
    (chosen.sidebar && folded.sidebar ? gains.sidebar : 0) +
    (chosen.inspector && folded.inspector ? gains.inspector : 0);
  return {
    pane: { width: pane.width - back, height: pane.height },
    widths: {
      sidebar: chosen.sidebar && !keepSidebar ? gains.sidebar : 0,
      inspector: chosen.inspector ? gains.inspector : 0,
    },
  };
}

/** For "Show the whole blueprint": what folding each panel now open would give. */
export function roomAsShown(): PanelWidths {
  const chosen = chosenPanels();
  const folded = useLayoutPreferences.getState().foldedForView;
  const gains = panelGains();
  return {
    sidebar: chosen.sidebar && !folded.sidebar ? gains.sidebar : 0,
    inspector: chosen.inspector && !folded.inspector ? gains.inspector : 0,
  };
}
