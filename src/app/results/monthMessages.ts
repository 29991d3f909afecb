/**
 * UI strings of a month of day types (the Results tab after a month's run, and the
 * scenarios that keep one). The figures' names and units are the results' own
 * (results.kpis, results.units); Chinese follows docs/glossary.md.
 */
const en = {
  heading: 'The month: {{days}} business days',
  caption:
    'Each day type run on its own ({{replications}} replications, day type k with seed {{seed}} + k); the month adds each day’s figures times its days a month. Waits are weighted by customers, not by days. 95 % CI over the independent runs.',
  arrived: 'Arrived',
  perMonth: 'per month',
  abandonedShare: '{{value}} of those who left',
  waitMean: 'Waiting, mean (the month’s customers who did not give up)',
  timeInSystemMean: 'Time in branch, mean (the month’s customers who did not give up)',
  totalCost: 'Cost, all pools, per month',
  costPerServed: 'Cost per transaction',
  days: {
    heading: 'Day types (per day)',
    caption: 'Pick a day type to see its full results below and its heat on the canvas.',
    dayType: 'Day type',
    daysPerMonth: 'Days a month',
    arrived: 'Arrived',
    waitMean: 'Waiting, mean',
    abandoned: 'Gave up',
    cost: 'Cost per day',
    show: 'Show',
    showDay: 'Show the results of {{day}}',
    daysValue_one: '{{count}} day',
    daysValue_other: '{{count}} days',
  },
  shown: 'Below: {{day}}, one day (average per day)',
  exportJson: 'Month (JSON)',
  runDay: {
    asDrawn: 'as drawn',
    month: 'a month ({{days}} days)',
    statsMonth: 'mean wait {{wait}} · completed {{completed}} a month',
    differentDays:
      'These runs are of different days ({{left}}; {{right}}): compared as independent runs, not replication by replication.',
    monthAndDay:
      'One is a month of day types, the other a single day ({{left}}; {{right}}): their figures cannot be compared (a month counts customers a month). Compare a month with a month, or a day with a day.',
    months:
      'Two months: each figure a month, waits over all the month’s customers; the difference judged as of independent runs (Welch–Satterthwaite). Below, each day type both have, per day.',
    monthsPaired:
      'Two months of the same day types, seed and replications: each figure a month, waits over all the month’s customers; each difference judged day type by day type, replication by replication (paired), the day types adding up. Below, each day type, per day.',
  },
};

export const monthMessages = {
  en,
  zhCN: {
    heading: '整月：{{days}} 个营业日',
    caption:
      '每种营业日类型各自运行（{{replications}} 次重复运行，第 k 种营业日类型用随机种子 {{seed}} + k）；整月为各营业日的数字乘以其每月天数之和。等待时间按客户数加权，而非按天数。95% 置信区间按相互独立的各次运行计算。',
    arrived: '到达',
    perMonth: '每月',
    abandonedShare: '占离开客户的 {{value}}',
    waitMean: '等待时间，平均（整月未放弃离开的客户）',
    timeInSystemMean: '在网点时间，平均（整月未放弃离开的客户）',
    totalCost: '成本（全部资源），每月',
    costPerServed: '每笔业务成本',
    days: {
      heading: '营业日类型（每天）',
      caption: '选择一种营业日类型，在下方查看其完整结果，并在画布上显示其热力图。',
      dayType: '营业日类型',
      daysPerMonth: '每月天数',
      arrived: '到达',
      waitMean: '等待时间，平均',
      abandoned: '放弃离开',
      cost: '每天成本',
      show: '显示',
      showDay: '显示“{{day}}”的结果',
      daysValue_one: '{{count}} 天',
      daysValue_other: '{{count}} 天',
    },
    shown: '下方：{{day}}，一天（每天平均）',
    exportJson: '整月（JSON）',
    runDay: {
      asDrawn: '按蓝图',
      month: '整月（{{days}} 天）',
      statsMonth: '平均等待 {{wait}} · 每月已办结 {{completed}}',
      differentDays:
        '两次运行的营业日不同（{{left}}；{{right}}）：按相互独立的运行比较，而非逐次重复运行配对。',
      monthAndDay:
        '一个是整月，另一个是单个营业日（{{left}}；{{right}}）：两者的数字无法比较（整月按每月计数）。请用整月与整月、营业日与营业日比较。',
      months:
        '两个整月：每项为每月数字，等待时间按整月全部客户计算；差异按相互独立的运行评估（Welch–Satterthwaite）。下方为两者共有的各营业日类型，每天。',
      monthsPaired:
        '两个整月，营业日类型、随机种子和重复次数相同：每项为每月数字，等待时间按整月全部客户计算；差异按营业日类型逐一、按重复运行配对评估，各营业日类型相加。下方为各营业日类型，每天。',
    },
  },
} satisfies { en: typeof en; zhCN: typeof en };
