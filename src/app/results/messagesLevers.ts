/**
 * UI strings of the results' parts for the branch's levers (issue 13), in English and
 * Chinese: who the cost was for, missed tickets, a day's batches, and a pool's work at
 * other pools' queues.
 * Merged into the results catalogue beside messages.ts.
 */
const en = {
  costs: {
    heading: 'Cost by class and outcome',
    caption:
      'In the currency of the pools’ prices, {{per}}. Each visit is charged the priced units it used, and the idle units are shared out in proportion; 95 % CI under each figure.',
    figure: 'Figure',
    all: 'All customers',
    total: 'Cost ({{per}})',
    perServed: 'Per transaction',
    busy: 'Units in use',
    idle: 'Idle units, its share',
    outcomePerVisit: '{{outcome}}: per visit',
    abandoned: 'Gave up ({{per}})',
    abandonedPerVisit: 'Gave up: per customer',
    background: 'Background work ({{per}})',
  },
  missedCalls: {
    heading: 'Missed tickets',
    caption: 'Calls from the queue that found the customer not there (过号), {{per}}.',
    missed: '{{count}} missed calls',
    share: '{{value}} of calls',
    recalled: '{{count}} came back',
    lost: '{{count}} lost',
    callTime: 'calling: {{value}}',
    callTimeCi: 'calling: {{value}} ({{ci}})',
  },
  batches: {
    heading: 'Day’s batches',
    caption:
      'Steps done as one batch, {{per}}: whoever passes leaves an item on the pile and goes on, so nobody waits there and they are not wait points.',
    items: '{{count}} items',
    work: '{{value}} of work',
    doneAt: 'pile done at {{time}} (95 % CI {{range}})',
    overtime: '{{pool}} overtime: {{value}}',
    noOvertime: '{{pool}}: no overtime',
  },
  alsoServed: {
    line: 'Also served {{customers}} customers from other queues ({{share}} of those served there), {{busy}} of its time',
  },
};

export const resultsLeverMessages = {
  en,
  zhCN: {
    costs: {
      heading: '按客户类别和结果的成本',
      caption:
        '以资源池价格所用的货币计，{{per}}。每次来访按其占用的计价单位计费，空闲单位的成本按比例分摊；每个数字下方为 95% 置信区间。',
      figure: '指标',
      all: '全部客户',
      total: '成本（{{per}}）',
      perServed: '每笔业务',
      busy: '占用单位',
      idle: '空闲单位（分摊）',
      outcomePerVisit: '{{outcome}}：每次来访',
      abandoned: '放弃离开（{{per}}）',
      abandonedPerVisit: '放弃离开：每位客户',
      background: '后台工作（{{per}}）',
    },
    missedCalls: {
      heading: '过号',
      caption: '从队列叫号时客户不在（过号），{{per}}。',
      missed: '过号 {{count}} 次',
      share: '占叫号的 {{value}}',
      recalled: '{{count}} 位回来',
      lost: '{{count}} 位流失',
      callTime: '叫号用时：{{value}}',
      callTimeCi: '叫号用时：{{value}}（{{ci}}）',
    },
    batches: {
      heading: '每日批量处理',
      caption:
        '每日批量处理的步骤，{{per}}：经过的客户留下一件待办后立即继续办理，无人在此等待，因此不列为等待点。',
      items: '{{count}} 件',
      work: '工作量 {{value}}',
      doneAt: '{{time}} 处理完毕（95% 置信区间 {{range}}）',
      overtime: '「{{pool}}」加班：{{value}}',
      noOvertime: '「{{pool}}」无需加班',
    },
    alsoServed: {
      line: '兼顾其他队列的客户 {{customers}} 位（占那里所服务客户的 {{share}}），占其时间的 {{busy}}',
    },
  } satisfies typeof en,
};
