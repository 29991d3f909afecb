/**
 * The report's Estimates section's own words (`simulate`), in English and Chinese; the
 * caveats' and methods' wording is the one catalogue the app shares
 * (src/sim/estimateText.ts), the units and intervals the day report's (reportWords.ts).
 * Chinese follows docs/glossary.md.
 */
import type { DayWaitReason } from '../sim/index.ts';
import type { ReportLanguage } from './reportWords.ts';

export interface EstimateWords {
  /** The section's title: what the figures are and what stands beside them. */
  heading: string;
  /** No estimate could be made; `{reason}` the checker's or compiler's message. */
  unavailable: string;
  columns: {
    pool: string;
    units: string;
    load: string;
    estimated: string;
    measured: string;
    method: string;
    caveats: string;
  };
  /** A load cell when work arrives and the pool has no units. */
  noUnits: string;
  /** A wait cell with no figure, by why. */
  waitReason: Record<DayWaitReason, string>;
  /** A priority group (`servesFirst`): `{pools}` in the order they are called. */
  priorityGroup: string;
  listSeparator: string;
  /** The lobby rules' estimated share against the run's. */
  diversions: string;
  diversionColumns: { flow: string; rule: string; estimated: string; measured: string };
  /** Under the tables: each caveat code used, worded. */
  caveats: string;
  /** A caveat under the tables: its code, then its sentence. */
  caveatLine: string;
}

export const ESTIMATE_WORDS: Record<ReportLanguage, EstimateWords> = {
  en: {
    heading: 'Estimates (queueing formulas, not a measurement; the run’s mean wait beside them)',
    unavailable: 'Estimates: none, the blueprint cannot be estimated ({reason})',
    columns: {
      pool: 'pool',
      units: 'units',
      load: 'load',
      estimated: 'estimated wait',
      measured: 'run’s wait',
      method: 'method',
      caveats: 'caveats',
    },
    noUnits: 'no units',
    waitReason: {
      'no-capacity': 'no units',
      unstable: 'grows',
      'out-of-range': 'out of range',
    },
    priorityGroup: 'one line with priority classes, called in this order: {pools} ({units} units)',
    listSeparator: ', ',
    diversions: 'Lobby manager’s rules, estimated (share of those passing sent on)',
    diversionColumns: {
      flow: 'flow',
      rule: 'when',
      estimated: 'estimated share',
      measured: 'run’s share',
    },
    caveats: 'Caveats',
    caveatLine: '{code}: {text}',
  },
  'zh-CN': {
    heading: '估算（来自排队公式，并非测量结果；旁列仿真测得的平均等待）',
    unavailable: '估算：无，蓝图无法估算（{reason}）',
    columns: {
      pool: '资源池',
      units: '数量',
      load: '负荷',
      estimated: '估算等待',
      measured: '仿真等待',
      method: '方法',
      caveats: '注意',
    },
    noUnits: '无可用数量',
    waitReason: {
      'no-capacity': '无可用数量',
      unstable: '持续增长',
      'out-of-range': '超出范围',
    },
    priorityGroup: '按优先级叫号的同一队列，依次为：{pools}（共 {units} 个）',
    listSeparator: '、',
    diversions: '大堂分流规则的估算（经过者中被分流的比例）',
    diversionColumns: {
      flow: '流程线',
      rule: '条件',
      estimated: '估算比例',
      measured: '仿真比例',
    },
    caveats: '注意事项',
    caveatLine: '{code}：{text}',
  },
};
