/** The bundled examples, each with its localized name and tags; clicking one opens it. */
import { useTranslation } from 'react-i18next';
import { exampleName, exampleTags } from '../examples/catalog.ts';
import { tagName } from '../examples/tagNames.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { confirmReplacingWork } from '../files/confirmReplace.ts';
import { useBlueprintStore } from '../store/appStore.ts';

export function ExamplesList() {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const examples = useBlueprintStore((state) => state.examples);
  const openExample = useBlueprintStore((state) => state.openExample);
  const openId = useBlueprintStore((state) =>
    state.document?.origin.kind === 'example' ? state.document.origin.exampleId : undefined,
  );

  return (
    <section className="panel-section" aria-labelledby="examples-heading">
      <h2 id="examples-heading" className="panel-section__heading">
        {t('examples.heading')}
      </h2>
      <ul className="examples" aria-label={t('examples.listLabel')}>
        {examples.map((entry) => {
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="example"
                data-example-id={entry.id}
                aria-current={entry.id === openId ? 'true' : undefined}
                onClick={() => {
                  // Opening an example replaces the document: ask first if there is unsaved work.
                  if (confirmReplacingWork(useBlueprintStore)) openExample(entry.id);
                }}
              >
                <span className="example__name">{text(exampleName(entry))}</span>
                {!entry.result.ok && (
                  <span className="example__problem">{t('examples.unreadable')}</span>
                )}
                <ExampleTags tags={exampleTags(entry)} />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Some examples carry many tags; a few are enough to tell them apart, the rest on hover. */
const SHOWN_TAGS = 3;

function ExampleTags({ tags: written }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (written.length === 0) return null;
  const tags = written.map((tag) => tagName(tag, language));
  // "+1" would take the room of the one tag it hides.
  const shown = tags.length > SHOWN_TAGS + 1 ? SHOWN_TAGS : tags.length;
  const hidden = tags.slice(shown);
  return (
    <span className="example__tags">
      {tags.slice(0, shown).map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="tag tag--more" title={hidden.join(', ')}>
          {t('examples.moreTags', { count: hidden.length })}
        </span>
      )}
    </span>
  );
}
