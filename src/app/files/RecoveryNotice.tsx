/**
 * "Recovered your last work (time)" after start-up restored autosaved work, with Discard;
 * or, when a link asked for another blueprint, the work kept aside with Open it.
 */
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { dismissRecoveryNotice, useRecoveryNotice } from './autosave.ts';

export function RecoveryNotice() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { savedAt, discard, openAside } = useRecoveryNotice();
  if (savedAt === null) return null;
  const time = new Date(savedAt).toLocaleString(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
  return (
    <div className="recovery-notice" role="status" data-testid="recovery-notice">
      <span>{t(openAside ? 'files.keptAside' : 'files.recovered', { time })}</span>
      {openAside && (
        <button type="button" className="files-button" onClick={openAside}>
          {t('files.openAside')}
        </button>
      )}
      {discard && (
        <button type="button" className="files-button" onClick={discard}>
          {t('files.discard')}
        </button>
      )}
      <button type="button" className="files-button" onClick={dismissRecoveryNotice}>
        {t('files.dismiss')}
      </button>
    </div>
  );
}
