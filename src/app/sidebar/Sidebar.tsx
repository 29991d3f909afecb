/** The left column: examples to open, then details of the open one. Scrolls on its own. */
import { DetailsPanel } from './DetailsPanel.tsx';
import { ExamplesList } from './ExamplesList.tsx';

export function Sidebar() {
  return (
    <aside className="sidebar" id="app-sidebar">
      <ExamplesList />
      <DetailsPanel />
    </aside>
  );
}
