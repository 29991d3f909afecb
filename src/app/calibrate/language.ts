/** The language of the log's row and map wording (src/calibrate/logs) for the UI's language. */
import type { LogTextLanguage } from '../../calibrate/logs/index.ts';

export function languageOf(uiLanguage: string): LogTextLanguage {
  return uiLanguage.startsWith('zh') ? 'zh-CN' : 'en';
}
