/** Product name, the open blueprint's name and the language switch. */
import { useTranslation } from 'react-i18next';
import { FileMenu } from '../files/FileMenu.tsx';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { PlayButton } from '../playback/PlayButton.tsx';
import { RunControl } from '../simulation/RunControl.tsx';
import { useBlueprintStore } from '../store/appStore.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProductMark } from './ProductMark.tsx';
import { SidebarToggle } from './SidebarToggle.tsx';

export function AppHeader() {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const openDocument = useBlueprintStore((state) => state.document);
  const name = openDocument?.blueprint
    ? text(openDocument.blueprint.name)
    : (openDocument?.fileName ?? '');

  return (
    <header className="app-header">
      <div className="app-header__product">
        <SidebarToggle />
        <ProductMark />
        <span className="app-header__product-name">{t('app.name')}</span>
      </div>
      <h1 className="app-header__title" title={name}>
        <span className="visually-hidden">{t('header.openBlueprint')}: </span>
        {name}
      </h1>
      <RunControl />
      <PlayButton />
      <FileMenu />
      <LanguageSwitch />
    </header>
  );
}
