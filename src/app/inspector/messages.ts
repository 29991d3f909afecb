/** UI strings of the inspector feature, in English and Chinese (same keys in both). */
import { inspectorEn } from './messagesEn.ts';
import { inspectorZhCN } from './messagesZhCN.ts';

export const inspectorMessages = { en: inspectorEn, zhCN: inspectorZhCN };
