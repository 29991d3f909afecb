/**
 * The simulation dock under the canvas: a tab bar that is always there (folded, it still
 * warns about an overloaded pool or says what the last run found) and, unfolded, the
 * chosen tab at a fixed height, so nothing on the page moves while results arrive.
 */
import '../styles/simulation.css';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePoolEstimates } from '../estimates/usePoolEstimates.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useBlueprintOnChosenDay } from './dayTypeChoice.ts';
import { useRunStore } from './appRunStore.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { clampDockHeight, defaultDockHeight, DockResizer } from './DockResizer.tsx';
import { DockSummary } from './DockSummary.tsx';
import { DockTabContent } from './DockTabContent.tsx';
import { DOCK_TABS, type DockTab } from './runStore.ts';
import { useDockHeightVariable } from './useDockHeightVariable.ts';

export function SimulationDock() {
  const { t } = useTranslation();
  // One live estimate for the dock, of the day chosen to run: its bar warns of overload,
  // its tab lists every pool.
  const estimates = usePoolEstimates(useBlueprintOnChosenDay());
  const dock = useRunStore((state) => state.dock);
  const showDock = useRunStore((state) => state.showDock);
  const setDockOpen = useRunStore((state) => state.setDockOpen);
  const overlay = useRunStore((state) => state.overlay);
  const setOverlay = useRunStore((state) => state.setOverlay);
  const hasResults = useRunStore((state) => state.latest !== null);
  const selectStep = useSelectAndReveal();
  const panelHeight = useDockHeight();
  const section = useDockHeightVariable<HTMLElement>();

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, tab: DockTab) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = DOCK_TABS[(DOCK_TABS.indexOf(tab) + step + DOCK_TABS.length) % DOCK_TABS.length]!;
    showDock(next);
    document.getElementById(`dock-tab-${next}`)?.focus();
  };

  return (
    <section
      ref={section}
      className={`dock${dock.open ? ' dock--open' : ''}`}
      aria-label={t('simulation.dockLabel')}
    >
      {dock.open && <DockResizer panelId="dock-panel" height={panelHeight} />}
      <div className="dock__bar">
        <div role="tablist" className="dock__tabs" aria-label={t('simulation.dockLabel')}>
          {DOCK_TABS.map((tab) => {
            const selected = dock.open && dock.tab === tab;
            return (
              <button
                key={tab}
                id={`dock-tab-${tab}`}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls="dock-panel"
                tabIndex={dock.tab === tab ? 0 : -1}
                className="dock__tab"
                // A tab shows its panel, however often it is clicked: closing the results at a
                // second click surprised a designer right after a run (the ▾ button folds).
                onClick={() => showDock(tab)}
                onKeyDown={(event) => onTabKey(event, tab)}
              >
                {t(`simulation.tabs.${tab}`)}
              </button>
            );
          })}
        </div>
        <DockSummary estimates={estimates} />
        <label className="dock__overlay" title={t('simulation.overlay')}>
          <input
            type="checkbox"
            checked={overlay}
            disabled={!hasResults}
            onChange={(event) => setOverlay(event.target.checked)}
          />
          <span className="dock__overlay-text">{t('simulation.overlay')}</span>
          {/* Where the bar is short of room (simulation.css): its name, shortened, stays in sight. */}
          <span className="dock__overlay-short" aria-hidden="true">
            {t('simulation.overlayShort')}
          </span>
        </label>
        <button
          type="button"
          className="dock__fold"
          aria-expanded={dock.open}
          aria-controls="dock-panel"
          aria-label={dock.open ? t('simulation.hideDock') : t('simulation.showDock')}
          title={dock.open ? t('simulation.hideDock') : t('simulation.showDock')}
          onClick={() => setDockOpen(!dock.open)}
        >
          <span aria-hidden="true">{dock.open ? '▾' : '▴'}</span>
        </button>
      </div>
      {dock.open && (
        <div
          id="dock-panel"
          role="tabpanel"
          className="dock__panel"
          style={{ height: panelHeight }}
          aria-labelledby={`dock-tab-${dock.tab}`}
        >
          <DockTabContent tab={dock.tab} onSelectStep={selectStep} estimates={estimates} />
        </div>
      )}
    </section>
  );
}

/** Selects a step and moves the canvas so it is in view: a ranked row takes you there. */
function useSelectAndReveal(): (stepId: string) => void {
  const select = useBlueprintStore((state) => state.select);
  const { getNode, setCenter, getZoom } = useReactFlow();
  return useCallback(
    (stepId: string) => {
      select({ steps: [stepId], flows: [] });
      const node = getNode(stepId);
      if (!node) return;
      const width = node.measured?.width ?? node.width ?? 0;
      const height = node.measured?.height ?? node.height ?? 0;
      void setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom: Math.max(getZoom(), 0.6),
        duration: 300,
      });
    },
    [getNode, getZoom, select, setCenter],
  );
}

/** The panel's height: the user's, or the default share of the window; kept within limits. */
function useDockHeight(): number {
  const chosen = useLayoutPreferences((state) => state.dockHeight);
  const [windowHeight, setWindowHeight] = useState(window.innerHeight);
  useEffect(() => {
    const onResize = () => setWindowHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return clampDockHeight(chosen ?? defaultDockHeight(windowHeight), windowHeight);
}
