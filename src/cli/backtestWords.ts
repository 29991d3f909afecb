/**
 * The back-test's words for the terminal and the plot, in English and Chinese (--lang).
 * The core returns codes and numbers (src/calibrate/backtest); the wording is here.
 */
import type { MeasureName } from '../calibrate/backtest/index.ts';

export type BacktestLanguage = 'en' | 'zh-CN';

export interface BacktestWords {
  title: string;
  queueStep: string;
  chosenBy: { user: string; 'wait-point': string };
  simulated: string;
  columns: {
    hours: string;
    tickets: string;
    meanWait: string;
    p90Wait: string;
    abandonment: string;
    log: string;
    model: string;
    miss: string;
  };
  measure: Record<MeasureName, string>;
  notJudged: string;
  noMisses: string;
  noneJudged: string;
  missLine: string;
  /** A figure with its unit: `{value}` minutes. */
  minutes: string;
  missesTitle: string;
  over: string;
  under: string;
  errors: string;
  maeLine: string;
  overallLine: string;
  unfinished: string;
  rule: string;
  plotTitle: string;
  plotY: string;
  plotX: string;
  legendLog: string;
  legendModel: string;
  legendMiss: string;
}

export const BACKTEST_WORDS: Record<BacktestLanguage, BacktestWords> = {
  en: {
    title:
      'Back-test of {blueprint} against {log}: {first} – {last}, {days} days, {used} tickets used, {skipped} rows skipped',
    queueStep: 'Ticket queue: step {step} “{label}” ({how}); {days} simulated days, seed {seed}',
    chosenBy: { user: 'given with --step', 'wait-point': 'the step with the W' },
    simulated: 'model',
    columns: {
      hours: 'hours',
      tickets: 'tickets a day',
      meanWait: 'mean wait, min (95 % CI)',
      p90Wait: 'p90 wait, min (95 % CI)',
      abandonment: 'abandoned, % (95 % CI)',
      log: 'log',
      model: 'model',
      miss: 'miss',
    },
    measure: { meanWait: 'mean wait', p90Wait: 'p90 wait', abandonment: 'abandoned' },
    notJudged: 'too few tickets or days',
    noMisses: 'No hour misses: every difference is within chance or too small to matter.',
    noneJudged:
      'No hour could be judged: an hour needs at least {tickets} tickets over {days} days or more, in the log and in the model.',
    missLine: '{hours}  {measure}: log {log}, model {model} ({direction})',
    minutes: '{value} min',
    missesTitle: 'Where the model misses:',
    over: 'the log is above the model',
    under: 'the model is above the log',
    errors: 'Error:',
    maeLine:
      'mean absolute error over {judged} hours: mean wait {meanWait} min, p90 wait {p90Wait} min, abandoned {abandonment} points',
    overallLine:
      'all day: mean wait log {logWait} min, model {modelWait} min; abandoned log {logShare}, model {modelShare}; tickets a day log {logTickets}, model {modelTickets}',
    unfinished:
      '{count} simulated customers were still waiting when their day ended (not measured)',
    rule: 'A miss: the 95 % interval of log − model leaves out 0, and the difference is at least 1 min and 20 % (waits) or 2 points and 20 % (abandoned). docs/backtest.md',
    plotTitle: 'Mean wait by hour: log against model',
    plotY: 'mean wait (min)',
    plotX: 'time of day',
    legendLog: 'log (95 % CI)',
    legendModel: 'model (95 % CI)',
    legendMiss: 'hour missed (any figure)',
  },
  'zh-CN': {
    title:
      '回测：{blueprint} 对照 {log}：{first} 至 {last}，{days} 天，使用 {used} 张号票，跳过 {skipped} 行',
    queueStep: '排队步骤：{step}“{label}”（{how}）；模拟 {days} 天，随机种子 {seed}',
    chosenBy: { user: '由 --step 指定', 'wait-point': '标有 W 的步骤' },
    simulated: '模型',
    columns: {
      hours: '时段',
      tickets: '每日取号',
      meanWait: '平均等待，分钟（95 % 置信区间）',
      p90Wait: '90 分位等待，分钟（95 % 置信区间）',
      abandonment: '弃号率，%（95 % 置信区间）',
      log: '日志',
      model: '模型',
      miss: '未命中',
    },
    measure: { meanWait: '平均等待', p90Wait: '90 分位等待', abandonment: '弃号率' },
    notJudged: '号票或天数太少',
    noMisses: '没有未命中的时段：所有差异都在随机波动之内，或小到无关紧要。',
    noneJudged:
      '没有可判定的时段：日志和模型在一个时段中都需至少 {tickets} 张号票、{days} 天以上。',
    missLine: '{hours}  {measure}：日志 {log}，模型 {model}（{direction}）',
    minutes: '{value} 分钟',
    missesTitle: '模型未命中的时段：',
    over: '日志高于模型',
    under: '模型高于日志',
    errors: '误差：',
    maeLine:
      '{judged} 个时段的平均绝对误差：平均等待 {meanWait} 分钟，90 分位等待 {p90Wait} 分钟，弃号率 {abandonment} 个百分点',
    overallLine:
      '全天：平均等待 日志 {logWait} 分钟，模型 {modelWait} 分钟；弃号率 日志 {logShare}，模型 {modelShare}；每日取号 日志 {logTickets}，模型 {modelTickets}',
    unfinished: '{count} 名模拟客户在当天结束时仍在等待（未计入）',
    rule: '未命中：日志 − 模型的 95 % 置信区间不含 0，且差异至少为 1 分钟及 20 %（等待）或 2 个百分点及 20 %（弃号率）。见 docs/backtest.md',
    plotTitle: '各时段平均等待：日志对照模型',
    plotY: '平均等待（分钟）',
    plotX: '时刻',
    legendLog: '日志（95 % 置信区间）',
    legendModel: '模型（95 % 置信区间）',
    legendMiss: '未命中时段（任一指标）',
  },
};

export function backtestWords(language: string): BacktestWords {
  return language === 'zh-CN' || language.toLowerCase().startsWith('zh')
    ? BACKTEST_WORDS['zh-CN']
    : BACKTEST_WORDS.en;
}
