/**
 * The wording of the calibration report, in English and Chinese: headings, and one
 * sentence per note code of src/calibrate/fits.ts with `{name}` placeholders.
 */
import type { CalibrationNoteCode } from '../calibrate/index.ts';
import type { CalibrateLanguage } from './calibrateOptions.ts';

type Text = Record<CalibrateLanguage, string>;

export const HEADINGS = {
  title: { en: 'Calibration of {blueprint} from {log}', 'zh-CN': '用 {log} 校准 {blueprint}' },
  log: {
    en: '{kind}, {encoding}, {first} – {last} ({days} days): {rows} rows, {used} used, {skipped} skipped',
    'zh-CN':
      '{kind}，{encoding}，{first} 至 {last}（{days} 天）：共 {rows} 行，使用 {used} 行，跳过 {skipped} 行',
  },
  excelSerial: {
    en: 'times read as Excel serial numbers (days since 1899-12-30) in: {columns}',
    'zh-CN': '以下列的时间按 Excel 序列号（自 1899-12-30 起的天数）读取：{columns}',
  },
  queue: { en: 'queue-ticket log', 'zh-CN': '排队叫号日志' },
  event: { en: 'event log', 'zh-CN': '事件日志' },
  arrivals: {
    en: 'Arrivals per hour ({bin}-minute bins, {days} days of type {dayType} pooled, {confidence} % intervals)',
    'zh-CN':
      '每小时到达人数（{bin} 分钟一段，日子类型「{dayType}」，合并 {days} 天，{confidence}% 区间）',
  },
  dayTypes: {
    en: 'Arrivals by weekday (the profile written is that of --day-type {dayType})',
    'zh-CN': '按星期的到达人数（写入的是 --day-type {dayType} 的到达曲线）',
  },
  arrivalsOthers: {
    en: 'Arrivals per hour ({bin}-minute bins, the {days} days not of day type {dayType} pooled, {confidence} % intervals)',
    'zh-CN':
      '每小时到达人数（{bin} 分钟一段，「{dayType}」以外的 {days} 天合并，{confidence}% 区间）',
  },
  dayTypesOthers: {
    en: 'Arrivals by weekday (the profile written is that of the days not given in --dates for {dayType})',
    'zh-CN': '按星期的到达人数（写入的是 --dates 所列「{dayType}」日子以外各天的到达曲线）',
  },
  dayFactor: {
    en: 'Arrival factor of day type {name} ({id}), from its days in --dates',
    'zh-CN': '营业日类型「{name}」（{id}）的到达倍数，按 --dates 所列日子',
  },
  dayFactorLine: {
    en: '× {factor} ({lower} – {upper}) the other days’ arrivals a day: {arrivals} arrivals on its {days} days, {otherArrivals} on the other {otherDays}',
    'zh-CN':
      '为其余日子日均到达数的 {factor} 倍（{lower} – {upper}）：其 {days} 天共到达 {arrivals} 人，其余 {otherDays} 天共到达 {otherArrivals} 人',
  },
  dayFactorDates: { en: 'its days: {dates}', 'zh-CN': '其日子：{dates}' },
  dayFactorWritten: { en: '→ {target} = {value}', 'zh-CN': '→ 写入 {target} = {value}' },
  dayFactorNotWritten: {
    en: 'not written: an arrival factor must be above 0 and at most 100',
    'zh-CN': '未写入：到达倍数须大于 0 且不超过 100',
  },
  dayTypesColumns: {
    en: 'weekday days per-day interval busiest-bin per-hour',
    'zh-CN': '星期 天数 每天 区间 最忙时段 每小时',
  },
  arrivalsColumns: { en: 'from to per-hour interval count', 'zh-CN': '自 至 每小时 区间 人数' },
  arrivalsMean: {
    en: 'mean {value} per hour ({lower} – {upper}) over the profile, {count} arrivals → arrivals at {entry}',
    'zh-CN':
      '全时段平均每小时 {value}（{lower} – {upper}），共 {count} 人 → 写入到达，入口 {entry}',
  },
  arrivalsNotWritten: { en: 'not written to the blueprint', 'zh-CN': '未写入蓝图' },
  services: {
    en: 'Service times by business type or activity (minutes; best by AICc first)',
    'zh-CN': '按业务类型或活动的办理时长（分钟；按 AICc 最优在前）',
  },
  serviceRows: {
    en: '{name}: {rows} rows, {count} durations{step}',
    'zh-CN': '{name}：{rows} 行，{count} 个时长{step}',
  },
  toStep: { en: ' → step {step}', 'zh-CN': ' → 步骤 {step}' },
  noStep: { en: ', no step', 'zh-CN': '，无对应步骤' },
  candidate: {
    en: '{family} mean {mean} ({meanLower} – {meanUpper}) sd {sd} ({sdLower} – {sdUpper}) ΔAICc {delta}, K–S D {d} p {p}',
    'zh-CN':
      '{family} 均值 {mean}（{meanLower} – {meanUpper}）标准差 {sd}（{sdLower} – {sdUpper}）ΔAICc {delta}，K–S D {d} p {p}',
  },
  notFitted: { en: 'not fitted: {reason}', 'zh-CN': '未拟合：{reason}' },
  steps: { en: 'Written to the steps', 'zh-CN': '写入步骤' },
  stepLine: {
    en: '{step} ← {from}: {distribution} (runner-up {runnerUp}, ΔAICc {delta}; K–S D {d})',
    'zh-CN': '{step} ← {from}：{distribution}（次优 {runnerUp}，ΔAICc {delta}；K–S D {d}）',
  },
  spanLine: {
    en: '{step} … {until} ({count} steps, a held span) ← {from}: the log’s service, mean {mean} ({lower} – {upper}; {distribution} by AICc, K–S D {d}), spread over the span: each step’s duration × {scale}',
    'zh-CN':
      '{step} … {until}（{count} 个步骤，连续占用）← {from}：日志中的办理时长，均值 {mean}（{lower} – {upper}；AICc 最优 {distribution}，K–S D {d}），分摊到各步骤：每个步骤的时长 × {scale}',
  },
  patience: {
    en: 'Patience (exponential: who gave up left before the call, who was served would have waited longer)',
    'zh-CN': '耐心时间（指数分布：过号者在叫号前已离开，已办理者本可等更久）',
  },
  patienceLine: {
    en: '{class}: mean {mean} min ({lower} – {upper}), {abandoned} gave up of {waits} waits (taking the call as the moment they left would say {atCall} min, too long)',
    'zh-CN':
      '{class}：均值 {mean} 分钟（{lower} – {upper}），{waits} 次等待中 {abandoned} 人放弃（若把叫号时刻当作离开时刻，会得出 {atCall} 分钟，偏长）',
  },
  noClassName: { en: '(no class)', 'zh-CN': '（无类别）' },
  windows: {
    en: 'Windows open over the day (median day of {days}; {windows} windows seen)',
    'zh-CN': '全天开放窗口数（{days} 天的中位日；共见到 {windows} 个窗口）',
  },
  windowsPool: {
    en: '→ pool {pool}: capacity {capacity}',
    'zh-CN': '→ 资源池 {pool}：容量 {capacity}',
  },
  shares: { en: 'Class shares', 'zh-CN': '客户类别占比' },
  branches: { en: 'Branch probabilities', 'zh-CN': '分支概率' },
  failures: {
    en: 'Failure probabilities (an activity done again in its case: the attempt before failed)',
    'zh-CN': '失败概率（同一案例中活动重做：前一次尝试失败）',
  },
  failureLine: {
    en: '{step}: {share} ({lower} – {upper}), {repeats} repeats of {attempts} attempts',
    'zh-CN': '{step}：{share}（{lower} – {upper}），{attempts} 次尝试中重做 {repeats} 次',
  },
  shareLine: {
    en: '{key}: {share} ({lower} – {upper}), {count} of {total}',
    'zh-CN': '{key}：{share}（{lower} – {upper}），{total} 中 {count}',
  },
  skipped: { en: 'Rows skipped or noted', 'zh-CN': '跳过或备注的行' },
  skippedLine: {
    en: '{code}: {count} rows ({what}), e.g. row {row}: {example}',
    'zh-CN': '{code}：{count} 行（{what}），如第 {row} 行：{example}',
  },
  skippedWord: { en: 'skipped', 'zh-CN': '已跳过' },
  notedWord: { en: 'kept', 'zh-CN': '已保留' },
  none: { en: 'none', 'zh-CN': '无' },
  notes: { en: 'Not matched or not written', 'zh-CN': '未匹配或未写入' },
  written: { en: 'Calibrated blueprint written to {file}', 'zh-CN': '校准后的蓝图已写入 {file}' },
  notWritten: {
    en: 'Nothing written: give --out FILE to write the calibrated blueprint',
    'zh-CN': '未写入文件：用 --out FILE 写出校准后的蓝图',
  },
} satisfies Record<string, Text>;

export const NOTE_TEXT: Record<CalibrationNoteCode, Text> = {
  'no-step': {
    en: '{name} ({rows} rows) matches no step by id or label: map it with "steps" in --map',
    'zh-CN': '{name}（{rows} 行）与任何步骤的 id 或名称都不匹配：请在 --map 的 "steps" 中指定',
  },
  'unknown-step': {
    en: 'the map sends {name} to step {step}, which the blueprint does not have (or is not an action or decision)',
    'zh-CN': '映射把 {name} 指向步骤 {step}，但蓝图中没有该步骤（或它不是动作或决策）',
  },
  'unknown-class': {
    en: 'the map sends {name} to class {class}, which the blueprint does not have',
    'zh-CN': '映射把 {name} 指向客户类别 {class}，但蓝图中没有该类别',
  },
  'unknown-pool': {
    en: 'the map names pool {pool}, which the blueprint does not have',
    'zh-CN': '映射指定的资源池 {pool} 在蓝图中不存在',
  },
  'no-pool': {
    en: '{windows} windows were seen but no pool is known for them: name it with "pool" in --map',
    'zh-CN': '见到 {windows} 个窗口，但不知道对应哪个资源池：请在 --map 中用 "pool" 指定',
  },
  'no-entry': {
    en: 'the blueprint has no arrivals to take an entry step from: the arrival profile is not written',
    'zh-CN': '蓝图没有到达设置，无法确定入口步骤：未写入到达曲线',
  },
  'appointments-kept': {
    en: 'the blueprint’s arrivals are appointments: kept, the arrival profile is not written',
    'zh-CN': '蓝图的到达为预约：保持不变，未写入到达曲线',
  },
  'left-out': {
    en: '{name} ({rows} tickets) has no class in the map: left out of the arrivals',
    'zh-CN': '{name}（{rows} 张票）在映射中没有客户类别：未计入到达',
  },
  'no-class': {
    en: '{waits} waits belong to no class of the blueprint: their patience is not written',
    'zh-CN': '{waits} 次等待不属于蓝图的任何客户类别：其耐心时间未写入',
  },
  'no-abandonments': {
    en: 'nobody in {class} gave up: patience is at least {meanAtLeast} min on average; not written',
    'zh-CN': '{class} 中无人放弃：平均耐心至少 {meanAtLeast} 分钟；未写入',
  },
  'service-not-fitted': {
    en: 'step {step}: service time not fitted ({reason})',
    'zh-CN': '步骤 {step}：办理时长未拟合（{reason}）',
  },
  'held-span': {
    en: 'the log’s service time covers the held span from {holder} to {until} ({steps} steps, {spanMean} min with their durations): each step’s duration × {scale}, so the span takes {mean} min on average',
    'zh-CN':
      '日志中的办理时长涵盖从 {holder} 到 {until} 的连续占用（{steps} 个步骤，按原时长共 {spanMean} 分钟）：每个步骤的时长 × {scale}，使其平均共 {mean} 分钟',
  },
  'class-service-in-span': {
    en: 'the log times {step} for {classes} classes, but it lies in a held span, whose steps are scaled by one factor for all: the classes’ own times are not written',
    'zh-CN':
      '日志按 {classes} 个客户类别分别记录了 {step} 的时长，但该步骤处于连续占用之中，其中各步骤按同一系数缩放：未写入各类别自己的时长',
  },
  'held-span-empty': {
    en: 'the held span from {holder} to {until} has no step durations: the log’s service time is written to {step}',
    'zh-CN': '从 {holder} 到 {until} 的连续占用中没有步骤时长：日志中的办理时长写入 {step}',
  },
  'no-call-time': {
    en: '{tickets} abandoned tickets have no call time: their waits are not known and not used for patience',
    'zh-CN': '{tickets} 张过号票没有叫号时间：等待时长未知，未用于耐心时间',
  },
  'no-window': {
    en: '{tickets} served tickets have no window or teller: not used for the windows open',
    'zh-CN': '{tickets} 张已办理的票没有窗口或柜员：未用于开放窗口数',
  },
  'ambiguous-route': {
    en: '{count} cases went from {from} to {to} by one of two routes as short: their branches are not counted',
    'zh-CN': '{count} 个案例从 {from} 到 {to}，有两条同样短的路线：其分支未计入',
  },
  'repeat-without-failure': {
    en: 'step {step} was done again {repeats} times, and it has no failure that brings a case back (retry or go to): not written',
    'zh-CN':
      '步骤 {step} 重做了 {repeats} 次，但该步骤没有使案例返回的失败设置（重试或转到）：未写入',
  },
  'class-probability-replaced': {
    en: 'the branches after {step} had chances per class; the log has no class, so one share for all replaces them',
    'zh-CN': '{step} 之后的分支原按客户类别设定概率；日志没有类别，因此以统一比例替代',
  },
  'no-days-of-type': {
    en: 'the log has no day of type {dayType}: the arrival profile is not written',
    'zh-CN': '日志中没有属于「{dayType}」的日子：未写入到达曲线',
  },
  'no-days-of-day-type': {
    en: 'no day of the log is marked as {dayType}: its arrival factor is not fitted',
    'zh-CN': '日志中没有标为「{dayType}」的营业日：未拟合其到达倍数',
  },
  'no-other-days': {
    en: 'every day of the log is marked as {dayType}: no other day to fit the profile and the factor from',
    'zh-CN': '日志的每一天都标为「{dayType}」：没有其他日子可拟合到达曲线和倍数',
  },
  'transition-without-flow': {
    en: '{count} cases went from {from} to {to}, and no flow joins them',
    'zh-CN': '{count} 个案例从 {from} 到 {to}，但两者之间没有流程线',
  },
};
