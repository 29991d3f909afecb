/**
 * The page: header (with the file menu) on top, sidebar on the left, the inspector on the
 * right, and between them the palette over the blueprint's canvas. One React Flow
 * provider spans the workspace, so the palette can drop steps at canvas coordinates.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BlueprintCanvas } from './canvas/BlueprintCanvas.tsx';
import { DeleteNotice } from './editor/DeleteNotice.tsx';
import { AreaErrorBoundary } from './errors/AreaErrorBoundary.tsx';
import { AppHeader } from './header/AppHeader.tsx';
import { useSidebarOpen } from './header/layoutPreferences.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { Palette } from './palette/Palette.tsx';
import { usePlaybackMode } from './playback/playbackMode.ts';
import { PaletteDndContext } from './palette/PaletteDndContext.tsx';
import { useLocalizedText } from './i18n/useLocalizedText.ts';
import { Sidebar } from './sidebar/Sidebar.tsx';
import { SimulationDock } from './simulation/SimulationDock.tsx';
import { useResultsFollowDocument } from './simulation/useResultsFollowDocument.ts';
import { useScenarioPersistence } from './simulation/useScenarioPersistence.ts';
import { useBlueprintStore } from './store/appStore.ts';
import type { OpenDocument } from './store/blueprintStore.ts';
import { Currency } from './results/currency.ts';

// Playback loads when a trainer first opens it: the editor does not carry it.
const PlaybackView = lazy(() =>
  import('./playback/PlaybackView.tsx').then((module) => ({ default: module.PlaybackView })),
);

export function App() {
  const { t } = useTranslation();
  const openDocument = useBlueprintStore((state) => state.document);
  useDocumentTitle(openDocument);
  useResultsFollowDocument();
  useScenarioPersistence();
  const sidebarOpen = useSidebarOpen();
  // Playback (trainer mode) takes the whole window; the editor comes back as it was.
  const playbackMode = usePlaybackMode((state) => state.mode);
  if (playbackMode !== 'off')
    return (
      <Suspense fallback={<p className="canvas-message">{t('simulation.loading')}</p>}>
        <PlaybackView />
      </Suspense>
    );

  // Money in the results, what-if, staffing and scenarios in the open blueprint's currency.
  return (
    <Currency value={openDocument?.blueprint?.currency}>
      <div className={`app${sidebarOpen ? '' : ' app--sidebar-folded'}`}>
        <AreaErrorBoundary area="app">
          <AppHeader />
          {sidebarOpen && (
            <AreaErrorBoundary area="sidebar">
              <Sidebar />
            </AreaErrorBoundary>
          )}
          <ReactFlowProvider>
            <PaletteDndContext>
              <main className="app__workspace">
                <Palette />
                <div className="app__canvas">
                  <AreaErrorBoundary area="canvas">
                    <CanvasOrMessage openDocument={openDocument} />
                  </AreaErrorBoundary>
                  <DeleteNotice />
                </div>
                <AreaErrorBoundary area="dock">
                  <SimulationDock />
                </AreaErrorBoundary>
              </main>
            </PaletteDndContext>
            <AreaErrorBoundary area="inspector">
              <Inspector />
            </AreaErrorBoundary>
          </ReactFlowProvider>
        </AreaErrorBoundary>
      </div>
    </Currency>
  );
}

function CanvasOrMessage({ openDocument }: { openDocument: OpenDocument | null }) {
  const { t } = useTranslation();
  const documentSerial = useBlueprintStore((state) => state.documentSerial);
  if (!openDocument) return <p className="canvas-message">{t('canvas.nothingOpen')}</p>;
  const { blueprint } = openDocument;
  if (!blueprint) return <p className="canvas-message">{t('canvas.unreadable')}</p>;
  return <BlueprintCanvas blueprint={blueprint} documentKey={String(documentSerial)} />;
}

/** The tab says which blueprint is open, in the UI's language. */
function useDocumentTitle(openDocument: OpenDocument | null): void {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const name = openDocument?.blueprint ? text(openDocument.blueprint.name) : openDocument?.fileName;
  const title = name ? t('app.documentTitle', { blueprint: name }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
