/** The open blueprint's description, its size and what the checks found. */
import { useTranslation } from 'react-i18next';
import { blueprintSize } from '../i18n/blueprintSize.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { FindingsList } from './FindingsList.tsx';

export function DetailsPanel() {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const openDocument = useBlueprintStore((state) => state.document);
  if (!openDocument) return null;
  const { blueprint } = openDocument;

  return (
    <section className="panel-section" aria-labelledby="details-heading">
      <h2 id="details-heading" className="panel-section__heading">
        {t('details.heading')}
      </h2>
      {blueprint && (
        <>
          <p className="details__description" data-testid="blueprint-description">
            {blueprint.description === undefined
              ? t('details.noDescription')
              : text(blueprint.description)}
          </p>
          <p className="details__size">{blueprintSize(t, blueprint)}</p>
        </>
      )}
      <h3 className="panel-section__subheading">{t('details.findingsHeading')}</h3>
      <FindingsList findings={openDocument.findings} />
    </section>
  );
}
