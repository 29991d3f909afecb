/** Entry point: languages first (the first render needs them), then the page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/canvas.css';
import './styles/phaseBar.css';
import './styles/flows.css';
import './styles/canvasControls.css';
import './styles/steps.css';
import { App } from './App.tsx';
import { startFileSafety } from './files/fileSafety.ts';
import { setUpI18n } from './i18n/setup.ts';
import { useBlueprintStore } from './store/appStore.ts';
import { syncExampleToUrl } from './store/exampleUrl.ts';

setUpI18n();
syncExampleToUrl(useBlueprintStore);
startFileSafety(useBlueprintStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
