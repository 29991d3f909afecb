/**
 * The month report's own words (`simulate --month`), in English and Chinese; the figures'
 * units and the outcome names are the day report's (reportWords.ts). Chinese follows
 * docs/glossary.md.
 */
import type { ReportLanguage } from './reportWords.ts';

export interface MonthWords {
  /** `{name} ({id}): a month of {days} days of {types} day types, …` */
  title: string;
  dayTypes: string;
  columns: {
    dayType: string;
    days: string;
    arrived: string;
    served: string;
    abandoned: string;
    wait: string;
    cost: string;
  };
  /** The month's figures; `{days}` its days. */
  month: string;
  perMonth: string;
  rows: {
    served: string;
    abandonedShare: string;
    wait: string;
    timeInSystem: string;
    totalCost: string;
    costPerServed: string;
    /** A pool's cost in a month, its overtime included. */
    poolCost: string;
  };
  note: string;
}

export const MONTH_WORDS: Record<ReportLanguage, MonthWords> = {
  en: {
    title:
      '{name} ({id}): a month of {days} business days of {types} day types, {replications} each, seed {seed}',
    dayTypes: 'Day types (per day)',
    columns: {
      dayType: 'day type',
      days: 'days a month',
      arrived: 'arrived',
      served: 'left by an exit',
      abandoned: 'abandoned',
      wait: 'mean time queueing',
      cost: 'cost per day',
    },
    month: 'The month ({days} days; 95 % CI over the day types’ independent runs)',
    perMonth: 'per month',
    rows: {
      served: 'left by an exit',
      abandonedShare: 'abandoned, of those who left',
      wait: 'mean time queueing (each day weighted by its customers)',
      timeInSystem: 'mean time in system (weighted likewise)',
      totalCost: 'cost of all pools per month',
      costPerServed: 'cost per transaction',
      poolCost: 'cost of {pool} per month, overtime included',
    },
    note: 'day type k runs with seed + k, so the day types are independent runs; the month adds each day times its days a month',
  },
  'zh-CN': {
    title:
      '{name}（{id}）：一个月 {days} 个营业日，共 {types} 种营业日类型，各{replications}，随机种子 {seed}',
    dayTypes: '营业日类型（每天）',
    columns: {
      dayType: '营业日类型',
      days: '每月天数',
      arrived: '到达',
      served: '经出口离开',
      abandoned: '放弃离开',
      wait: '平均排队时间',
      cost: '每天成本',
    },
    month: '整月（{days} 天；95% 置信区间按各营业日类型相互独立的运行计算）',
    perMonth: '每月',
    rows: {
      served: '经出口离开',
      abandonedShare: '放弃离开占离开者比例',
      wait: '平均排队时间（各天按客户数加权）',
      timeInSystem: '平均逗留时间（同样加权）',
      totalCost: '全部资源每月成本',
      costPerServed: '每笔业务成本',
      poolCost: '{pool} 每月成本（含加班）',
    },
    note: '第 k 种营业日类型使用随机种子 + k，各类型的运行相互独立；整月为每天的数值乘以每月天数之和',
  },
};
