/** The blueprint model: the format, its checks and the facts derived from it. Pure TypeScript. */
export * from './schema/index.ts';
export * from './findings.ts';
export * from './wording/findingText.ts';
export type { FindingLanguage, FindingTemplates } from './wording/findingTemplates.ts';
export { type FindingCode, FINDINGS_EN } from './wording/findingsEn.ts';
export { FINDINGS_ZH_CN } from './wording/findingsZhCN.ts';
export * from './graph.ts';
export * from './load.ts';
export * from './localized.ts';
export * from './routing.ts';
export * from './classService.ts';
export { ownValue } from './ownValue.ts';
export { stronglyConnected } from './components.ts';
export { DEFAULTS } from './defaults.ts';
export { MIGRATIONS, migrateToCurrent } from './migrations/index.ts';
export * from './waitingSteps.ts';
export * from './dayTypes.ts';
