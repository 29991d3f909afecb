/** Folds the sidebar away, giving the canvas and the results the width. */
import { useTranslation } from 'react-i18next';
import { useLayoutPreferences, useSidebarOpen } from './layoutPreferences.ts';

export function SidebarToggle() {
  const { t } = useTranslation();
  const open = useSidebarOpen();
  const toggle = useLayoutPreferences((state) => state.toggleSidebar);
  return (
    <button
      type="button"
      className="app-header__sidebar-toggle"
      aria-expanded={open}
      aria-controls="app-sidebar"
      aria-label={t('header.sidebar')}
      title={t('header.sidebar')}
      onClick={toggle}
    >
      <span aria-hidden="true">☰</span>
    </button>
  );
}
