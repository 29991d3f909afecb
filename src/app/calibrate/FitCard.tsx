/** One fit in the list: a tick box to keep it, its title, why it would not be written, its figures. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitItem } from './selection.ts';

export function FitCard({
  item,
  title,
  kept,
  onToggle,
  why,
  children,
}: {
  item: FitItem;
  title: string;
  kept: boolean;
  onToggle: () => void;
  /** Why the blueprint would not take it (shown when the item is not writable). */
  why?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `calibrate-fit-${item.key.replace(/[^\w-]/g, '_')}`;
  return (
    <article className="calibrate-fit" aria-labelledby={titleId} data-fit={item.key}>
      <header className="calibrate-fit__head">
        {item.writable && (
          <input
            type="checkbox"
            checked={kept}
            onChange={onToggle}
            aria-label={`${t('calibrate.keep')}: ${title}`}
          />
        )}
        <h4 id={titleId}>{title}</h4>
      </header>
      {!item.writable && why !== undefined && (
        <p className="calibrate-hint">{t('calibrate.notWritable', { why })}</p>
      )}
      {children}
    </article>
  );
}
