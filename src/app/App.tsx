/** The page: header on top, sidebar on the left, the blueprint's canvas filling the rest. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BlueprintCanvas } from './canvas/BlueprintCanvas.tsx';
import { AppHeader } from './header/AppHeader.tsx';
import { useLocalizedText } from './i18n/useLocalizedText.ts';
import { Sidebar } from './sidebar/Sidebar.tsx';
import { useBlueprintStore } from './store/appStore.ts';
import type { OpenDocument } from './store/blueprintStore.ts';

export function App() {
  const openDocument = useBlueprintStore((state) => state.document);
  useDocumentTitle(openDocument);

  return (
    <div className="app">
      <AppHeader />
      <Sidebar />
      <main className="app__canvas">
        <CanvasOrMessage openDocument={openDocument} />
      </main>
    </div>
  );
}

function CanvasOrMessage({ openDocument }: { openDocument: OpenDocument | null }) {
  const { t } = useTranslation();
  if (!openDocument) return <p className="canvas-message">{t('canvas.nothingOpen')}</p>;
  const { blueprint, origin } = openDocument;
  if (!blueprint) return <p className="canvas-message">{t('canvas.unreadable')}</p>;
  return (
    <BlueprintCanvas blueprint={blueprint} documentKey={`${origin.kind}:${origin.exampleId}`} />
  );
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
