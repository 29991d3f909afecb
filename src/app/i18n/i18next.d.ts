// Types `t` against the English resources, so a misspelt key fails to compile.
import 'i18next';
import type { Messages } from './en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
