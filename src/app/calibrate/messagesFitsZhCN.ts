/** The Chinese wording of the fits in the Calibrate dialog (the keys of messagesFitsEn.ts). */
import type { calibrateFitsEn } from './messagesFitsEn.ts';

export const calibrateFitsZhCN: typeof calibrateFitsEn = {
  family: {
    exponential: '指数分布',
    lognormal: '对数正态分布',
    gamma: '伽马分布',
    empirical: '经验分布',
  },
  arrivals: {
    title: '各时段的到达率',
    summary:
      '{{days}} 天共 {{total}} 次到达，{{bins}} 个 {{minutes}} 分钟的分段；最忙 {{peakFrom}}–{{peakTo}}，每小时 {{peak}} 人（{{low}}–{{high}}）。',
    chart: '各时段每小时到达人数及其 {{confidence}}% 区间',
    axisX: '时刻',
    axisY: '每小时',
    rate: '每小时',
    interval: '区间',
    noEntry: '蓝图没有可写入的现场到达',
  },
  dayFactor: {
    title: '「{{name}}」的到达倍数',
    value:
      '为其余日子日均到达数的 {{factor}} 倍（{{low}}–{{high}}）：其 {{days}}共到达 {{arrivals}} 人，其余 {{otherDays}}共到达 {{otherArrivals}} 人。写入该营业日类型的到达倍数（现为 {{current}} 倍）。',
    why: '到达倍数须大于 0 且不超过 100',
  },
  classService: {
    title: '「{{step}}」的办理时间（{{class}}）',
    why: '蓝图中没有该步骤或客户类别',
  },
  service: {
    title: '「{{step}}」的办理时间',
    from: '来自：{{names}}',
    best: '按 AICc 选 {{family}}，均值 {{mean}} 分钟（{{low}}–{{high}}），标准差 {{sd}} 分钟，{{count}} 个时长。',
    quality: 'Kolmogorov–Smirnov D {{d}}，p {{p}}：{{verdict}}。',
    good: '拟合良好',
    poor: '拟合较差，形状与数据不符',
    candidates: '候选分布',
    deltaAic: 'ΔAICc',
    ksD: 'K–S D',
    qq: 'Q–Q 图',
    histogram: '直方图与拟合',
    plot: '图形',
    qqChart: '{{family}}拟合的分位数与观测时长的对比',
    histogramChart: '时长直方图及{{family}}的密度曲线',
    observed: '观测（分钟）',
    fitted: '拟合（分钟）',
    minutes: '分钟',
    density: '密度',
    span: '写入从「{{holder}}」到「{{until}}」的连续占用：其 {{steps}} 个步骤的时长各 × {{scale}}。',
    tooFew: '未拟合：时长少于两个',
    noSpread: '未拟合：所有时长都是 {{value}} 分钟',
  },
  patience: {
    title: '「{{class}}」的耐心',
    noClass: '无类别的票号',
    value:
      '指数分布，均值 {{mean}} 分钟（{{low}}–{{high}}）：{{waits}} 次等待中 {{abandoned}} 人放弃；已办理客户的等待按删失处理（他们本可以等得更久）。',
    noAbandonments: '未拟合：没有人放弃（{{waits}} 次等待）',
    allAbandoned: '未拟合：没有人被办理',
    noClassWhy: '这些票号不属于蓝图中的任何客户类别',
  },
  windows: {
    title: '全天开放的窗口数',
    summary: '{{days}} 天的中位日；共见到 {{count}} 个窗口；写入资源池「{{pool}}」。',
    summaryNoPool: '{{days}} 天的中位日；共见到 {{count}} 个窗口。',
    chart: '各时段开放的窗口数（中位日）',
    open: '开放',
    busy: '忙碌',
    noPool: '没有为窗口指定资源池：请在上方选择',
  },
  classShares: { title: '客户类别占比', item: '{{name}}：{{share}}%（{{low}}–{{high}}）' },
  branch: {
    title: '「{{step}}」之后的分支',
    item_one: '去往「{{name}}」：{{share}}%（{{low}}–{{high}}），{{count}} 个案例',
    item_other: '去往「{{name}}」：{{share}}%（{{low}}–{{high}}），{{count}} 个案例',
  },
  failure: {
    title: '「{{step}}」的失败率',
    value:
      '{{share}}%（{{low}}–{{high}}）：{{attempts}} 次尝试中重做 {{repeats}} 次；写入该步骤的失败概率。',
  },
  notes: '未匹配或未写入',
  note: {
    'no-step': '「{{name}}」（{{rows}} 行）没有匹配的步骤：请在上方选择',
    'unknown-step': '「{{name}}」对应到步骤「{{step}}」，但此蓝图没有该步骤',
    'unknown-class': '「{{name}}」对应到类别「{{class}}」，但此蓝图没有该类别',
    'unknown-pool': '映射文件指定了资源池「{{pool}}」，但此蓝图没有该资源池',
    'no-pool': '见到 {{windows}} 个窗口，但没有为它们指定资源池',
    'no-entry': '统计了到达，但蓝图没有入口步骤',
    'appointments-kept': '蓝图的到达方式是预约：保持不变',
    'left-out': '「{{name}}」（{{rows}} 行）没有类别：未计入到达',
    'no-class': '{{waits}} 张票号的等待没有类别：已拟合耐心，但未写入',
    'no-abandonments': '「{{class}}」中没有人放弃：耐心至少为 {{meanAtLeast}} 分钟',
    'service-not-fitted': '无法拟合「{{step}}」的办理时间',
    'held-span':
      '日志中的办理时长涵盖从「{{holder}}」到「{{until}}」的连续占用（{{steps}} 个步骤，按原时长共 {{spanMean}} 分钟）：每个步骤的时长 × {{scale}}，使其平均共 {{mean}} 分钟',
    'class-service-in-span':
      '日志按 {{classes}} 个客户类别分别记录了「{{step}}」的时长，但该步骤处于连续占用之中，其中各步骤按同一系数缩放：未写入各类别自己的时长',
    'held-span-empty':
      '从「{{holder}}」到「{{until}}」的连续占用中没有步骤时长：日志中的办理时长写入「{{step}}」',
    'no-call-time': '{{tickets}} 张放弃的票号没有叫号时间：无法知道他们等了多久',
    'no-window': '{{tickets}} 张已办理的票号没有窗口或柜员',
    'transition-without-flow': '{{count}} 个案例从「{{from}}」转到「{{to}}」，但两者之间没有流程线',
    'ambiguous-route':
      '{{count}} 个案例从「{{from}}」到「{{to}}」，有两条同样短的路线：其分支未计入',
    'repeat-without-failure':
      '「{{step}}」重做了 {{repeats}} 次，但没有使案例返回该步骤的失败设置（重试或转到）：未写入',
    'class-probability-replaced':
      '「{{step}}」之后的分支原按客户类别设定概率；日志没有类别，因此以统一比例替代',
    'no-days-of-type': '日志中没有「{{dayType}}」的日子：未写入到达曲线',
    'no-days-of-day-type': '日志中没有勾选为「{{dayType}}」的日子：未拟合其到达倍数',
    'no-other-days': '日志的每一天都勾选为「{{dayType}}」：没有其他日子可拟合到达曲线和倍数',
  },
};
