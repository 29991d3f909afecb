/**
 * UI strings of the planning tools (instant estimates, what-if, staffing helper), in
 * English and Chinese (same keys in both). The estimates' caveats are worded in the one
 * catalogue the command line shares (src/sim/estimateText.ts).
 */
import { CAVEAT_TEXT, DIVERSION_CAVEAT_TEXT, textsIn } from '../../sim/estimateText.ts';

const en = {
  estimates: {
    heading: 'Instant estimate',
    note: 'From queueing formulas, not a measurement: Erlang C with the M/G/c correction for each stretch of the day, and a day figure that follows the queue through the day. Run the simulation to measure.',
    noteDay:
      'From queueing formulas, not a measurement: for each stretch of opening hours, the settled wait (Erlang C with the M/G/c correction) or how fast the queue grows; the day figure follows the queue from opening, with the backlog of a busy stretch draining afterwards and customers who give up. Load is the work arriving over what the units can do: above 100 % the queue grows; a run measures a lower busy share where customers give up. Run the simulation to measure.',
    nothing: 'Nothing to estimate yet: give the blueprint arrivals and pools.',
    cannotRun: 'No estimate: the blueprint cannot be simulated as it is ({{reason}}).',
    failed: 'The estimate could not be made: {{reason}}',
    updating: 'Updating…',
    listLabel: 'Pools',
    busy: '{{percent}} % load',
    noCapacity: 'no capacity',
    wait: 'wait ≈ {{minutes}} min over the day',
    waitNone: 'no wait',
    waitReason: {
      'no-capacity': 'wait not estimated: no units to serve the customers',
      unstable: 'wait not estimated: the queue grows without limit',
      'out-of-range': 'wait not estimated: rates out of range',
    },
    caveat: textsIn(CAVEAT_TEXT, 'en'),
    batch:
      '“{{step}}” as one batch at {{at}}: ≈ {{count}} items, {{hours}} h of work, done ≈ {{done}}.',
    batchSteady:
      '“{{step}}” as one batch at {{at}} every day: ≈ {{count}} items, {{hours}} h of work.',
    batchNeverDone:
      '“{{step}}” as one batch at {{at}}: ≈ {{count}} items, {{hours}} h of work, never done: too few units after {{at}}.',
    diversion: {
      heading: 'Lobby manager’s rules',
      rule: '“{{from}}” → “{{to}}” while {{count}} or more wait for {{pool}}',
      share: '≈ {{percent}} % of {{checked}} a day sent on (≈ {{sent}} a day)',
      busiest: '; most at {{from}}–{{to}}, ≈ {{percent}} %',
      method:
        'From the threshold Markov chain: {{pool}} as an M/M/c queue whose customers from the rule’s step stop joining at {{count}} waiting (the threshold scaled for steadier services), settled in each stretch of the day.',
      target:
        'Adds ≈ {{load}} busy units to {{pool}} ({{percent}} % load at its busiest, {{from}}–{{to}}).',
      targetNoUnits: 'Adds ≈ {{load}} busy units to {{pool}}, which has no units at its busiest.',
      relieved: 'Takes ≈ {{load}} busy units off {{pool}}.',
      caveat: textsIn(DIVERSION_CAVEAT_TEXT, 'en'),
    },
    lends: 'About {{percent}} % of its time on the queues it also serves when idle.',
    helpedBy: 'Other pools serving this queue when idle take about {{percent}} % of its work.',
    priorityFirst: 'Called first by all {{units}} units of {{pools}}: wait from {{form}}.',
    priorityAfter:
      'Called after {{before}} by all {{units}} units of {{pools}}: wait from {{form}}.',
    priorityForm: {
      'cobham-mmc-equal-rates':
        'the priority formula for one shared line with equal exponential service times (Cobham, exact)',
      'cobham-mg1': 'the priority formula for one unit (Cobham, exact)',
      'mgc-approximation':
        'an approximate priority formula for one shared line whose service times differ',
    },
    poolName: '{{name}}',
    listSeparator: ', ',
    stretchesLabel: '{{pool}} through the day',
    stretchTime: '{{from}}–{{to}}',
    stretchRate: '{{rate}}/h',
    stretchUnits_one: '{{count}} unit',
    stretchUnits_other: '{{count}} units',
    stretchWait: 'wait ≈ {{minutes}} min',
    stretchGrows: 'queue grows by ~{{count}} per hour',
    stretchNoUnits: 'no units: the queue grows',
    overloaded:
      '{{pool}}: {{percent}} % load, the queue grows without limit; add {{more}} more ({{needed}} in all) or reduce arrivals.',
    overloadedNoUnits:
      '{{pool}}: no capacity during opening hours, the queue grows without limit; give it units or reduce arrivals.',
    overloadedNoAnswer:
      '{{pool}}: {{percent}} % load, the queue grows without limit; reduce arrivals or shorten its steps.',
    peakOverloaded_one:
      '{{pool}}: {{percent}} % load {{from}}–{{to}} with {{count}} unit, the queue builds up through that time; {{needed}} would keep up then.',
    peakOverloaded_other:
      '{{pool}}: {{percent}} % load {{from}}–{{to}} with {{count}} units, the queue builds up through that time; {{needed}} would keep up then.',
    peakNoUnits: '{{pool}}: no units {{from}}–{{to}} while work arrives; the queue builds up then.',
  },
  whatIf: {
    heading: 'What if…',
    unitsLabel: '{{pool}} (units)',
    fewer: 'One fewer: {{pool}}',
    more: 'One more: {{pool}}',
    unitsInvalid: 'Enter a whole number of units, from 0 to 999.',
    arrivalsLabel: 'Arrival rate (× as drawn)',
    multiplier: '×{{value}}',
    appointmentsKept: 'Booked appointments stay as booked; only random arrivals change.',
    run: 'Run what-if',
    reset: 'Reset',
    noPools: 'This blueprint has no pools to change.',
    month:
      'A month is chosen: the change runs on every day type, with the month’s seeds, and is compared with the month day type by day type.',
    monthStaffed:
      'A month is chosen: the change runs on every day type, with the month’s seeds, and is compared with the month day type by day type. A day type with its own staffing gets as many units more or fewer as you add or take away here.',
    arrivalsWord: 'arrivals',
    unchanged: 'as drawn',
    separator: ', ',
  },
  staffing: {
    heading: 'Staffing helper',
    intro:
      'Finds the fewest units of a pool that meet a wait target with 95 % confidence, by simulating. Each count is judged from its replications: the share of customers who waited at most the target, with its 95 % interval (customers who gave up count as not served in time).',
    pool: 'Pool',
    customers: 'Customer class',
    allCustomers: 'All customers',
    percentile: 'Share of customers (%)',
    percentileInvalid: 'Enter a share from 50 to 99 %.',
    minutes: 'Wait under (min)',
    minutesInvalid: 'Enter a number of minutes greater than 0.',
    find: 'Find',
    cancel: 'Cancel',
    progressLabel: 'Tries',
    try: '{{units}} → {{share}} % of {{who}} within {{minutes}} min (95 % CI {{low}}–{{high}} %)',
    tryNoInterval: '{{units}} → {{share}} % of {{who}} within {{minutes}} min (no interval)',
    tryNone: '{{units}} → nobody measured',
    tryWait: ', p{{percentile}} {{wait}} min',
    verdict: {
      met: 'target met with 95 % confidence',
      'not-met': 'target not met with 95 % confidence',
      'too-close': 'too close to call',
    },
    busyPart: ', {{percent}} % busy',
    tradeOff: {
      title: 'Cost and wait by number of {{pool}}',
      axis: 'Units of {{pool}}',
      costDay: 'Cost per day, all pools',
      costRun: 'Cost per run, all pools',
      within: '% of {{who}} within {{minutes}}',
      target: 'target {{percentile}} %',
      perUnit: 'Each more unit of {{pool}} adds about {{cost}}.',
      met: '{{units}} meet the target{{day}} at {{cost}}.',
    },
    dayPart: ' on {{day}}',
    whoAll: 'customers',
    whoClass: 'customers in “{{name}}”',
    answer:
      '{{units}} {{pool}}{{day}}: {{percentile}} % of {{who}} wait under {{minutes}} min, target met with 95 % confidence ({{share}} % within, 95 % CI {{low}}–{{high}} %, {{replications}} replications){{busy}}',
    answerUndecided:
      'Too close to call with {{range}} {{pool}}{{day}}; {{units}} meet the target with 95 % confidence ({{share}} % of {{who}} within {{minutes}} min, 95 % CI {{low}}–{{high}} %){{busy}}. More replications (now {{replications}}) would tell whether fewer than {{units}} are enough.',
    searching: 'Simulating…',
    cancelled: 'Cancelled.',
    failed: 'The search stopped: {{reason}}',
    notReachable: {
      'unknown-pool': 'The pool is no longer in the blueprint.',
      'unknown-class': 'The customer class is no longer in the blueprint.',
      cap: 'Not reachable: even {{units}} {{pool}} do not meet the target with 95 % confidence.',
      'no-improvement':
        'Not reachable by {{pool}} alone: one more unit no longer made a clear difference (paired comparison, 95 %), so customers wait somewhere else.',
      'too-few-replications':
        'One replication cannot show whether the target is met: set at least 2 replications (10 or more is better) and search again.',
    },
    noPools: 'This blueprint has no pools to staff.',
  },
};

export const planningMessages = {
  en,
  zhCN: {
    estimates: {
      heading: '即时估算',
      note: '来自排队公式，并非测量结果：对全天各时段使用带 M/G/c 修正的 Erlang C，全天数字跟随队列的变化。请运行仿真进行测量。',
      noteDay:
        '来自排队公式，并非测量结果：营业时间的每个时段给出稳定后的等待（带 M/G/c 修正的 Erlang C）或队列增长的速度；全天数字从开门起跟随队列，忙碌时段积压的客户随后消化，并计入放弃等待的客户。负荷＝到达的工作量 ÷ 可提供的服务能力：超过 100% 时队列会增长；有客户放弃时，仿真测得的繁忙比例会更低。请运行仿真进行测量。',
      nothing: '暂无可估算的内容：请为蓝图设置到达和资源。',
      cannotRun: '无法估算：蓝图目前无法仿真（{{reason}}）。',
      failed: '无法完成估算：{{reason}}',
      updating: '正在更新…',
      listLabel: '资源',
      busy: '负荷 {{percent}}%',
      noCapacity: '无可用容量',
      wait: '全天平均等待约 {{minutes}} 分钟',
      waitNone: '无需等待',
      waitReason: {
        'no-capacity': '未估算等待：没有可为客户服务的数量',
        unstable: '未估算等待：队列将无限增长',
        'out-of-range': '未估算等待：数值超出范围',
      },
      caveat: textsIn(CAVEAT_TEXT, 'zh-CN'),
      batch:
        '「{{step}}」于 {{at}} 批量处理：约 {{count}} 件，工作量 {{hours}} 小时，约 {{done}} 处理完毕。',
      batchSteady: '「{{step}}」每天 {{at}} 批量处理：约 {{count}} 件，工作量 {{hours}} 小时。',
      batchNeverDone:
        '「{{step}}」于 {{at}} 批量处理：约 {{count}} 件，工作量 {{hours}} 小时，无法处理完毕：{{at}} 以后数量不足。',
      diversion: {
        heading: '大堂分流规则',
        rule: '「{{from}}」→「{{to}}」：「{{pool}}」排队达到 {{count}} 人及以上时',
        share: '每天经过的约 {{checked}} 人中约 {{percent}}% 被分流（每天约 {{sent}} 人）',
        busiest: '；{{from}}–{{to}} 最多，约 {{percent}}%',
        method:
          '来自阈值马尔可夫链：把「{{pool}}」看作 M/M/c 排队，来自规则所在步骤的客户在排队达到 {{count}} 人时不再加入（服务时间较稳定时阈值按比例放大），按全天各时段分别求稳态。',
        target:
          '为「{{pool}}」增加约 {{load}} 的繁忙数量（最忙时段 {{from}}–{{to}} 负荷 {{percent}}%）。',
        targetNoUnits: '为「{{pool}}」增加约 {{load}} 的繁忙数量，而它在最忙时段没有可用数量。',
        relieved: '为「{{pool}}」减少约 {{load}} 的繁忙数量。',
        caveat: textsIn(DIVERSION_CAVEAT_TEXT, 'zh-CN'),
      },
      lends: '约 {{percent}}% 的时间在空闲时服务其他排队。',
      helpedBy: '空闲时也服务这个排队的其他资源池承担约 {{percent}}% 的工作。',
      priorityFirst: '{{pools}}共 {{units}} 个都先叫这个排队：等待按{{form}}计算。',
      priorityAfter:
        '{{pools}}共 {{units}} 个先叫{{before}}的排队，再叫这个排队：等待按{{form}}计算。',
      priorityForm: {
        'cobham-mmc-equal-rates': '同一队列、服务时间同为指数分布的优先级公式（Cobham，精确）',
        'cobham-mg1': '单个服务单位的优先级公式（Cobham，精确）',
        'mgc-approximation': '服务时间不同的同一队列的优先级近似公式',
      },
      poolName: '「{{name}}」',
      listSeparator: '、',
      stretchesLabel: '「{{pool}}」全天各时段',
      stretchTime: '{{from}}–{{to}}',
      stretchRate: '每小时 {{rate}} 人',
      stretchUnits_one: '{{count}} 个',
      stretchUnits_other: '{{count}} 个',
      stretchWait: '等待约 {{minutes}} 分钟',
      stretchGrows: '队列每小时增长约 {{count}} 人',
      stretchNoUnits: '没有可用数量：队列增长',
      overloaded:
        '{{pool}}：负荷 {{percent}}%，队列将无限增长；请再增加 {{more}} 个（共 {{needed}} 个）或减少到达。',
      overloadedNoUnits: '{{pool}}：营业时间内没有容量，队列将无限增长；请为其配置数量或减少到达。',
      overloadedNoAnswer: '{{pool}}：负荷 {{percent}}%，队列将无限增长；请减少到达或缩短其步骤。',
      peakOverloaded_one:
        '{{pool}}：{{from}}–{{to}} 只有 {{count}} 个，负荷 {{percent}}%，这段时间队列会不断变长；需要 {{needed}} 个才能跟上。',
      peakOverloaded_other:
        '{{pool}}：{{from}}–{{to}} 只有 {{count}} 个，负荷 {{percent}}%，这段时间队列会不断变长；需要 {{needed}} 个才能跟上。',
      peakNoUnits: '{{pool}}：{{from}}–{{to}} 有工作到达但没有可用数量，这段时间队列会变长。',
    },
    whatIf: {
      heading: '假设分析',
      unitsLabel: '{{pool}}（数量）',
      fewer: '减少一个：{{pool}}',
      more: '增加一个：{{pool}}',
      unitsInvalid: '请输入 0 到 999 之间的整数。',
      arrivalsLabel: '到达率（相对原设计的倍数）',
      multiplier: '×{{value}}',
      appointmentsKept: '已预约的客户保持不变，只改变随机到达。',
      run: '运行假设分析',
      reset: '重置',
      noPools: '该蓝图没有可调整的资源。',
      month:
        '已选择整月：改动在每种营业日类型上运行，使用整月的随机种子，并按营业日类型逐一与整月对比。',
      monthStaffed:
        '已选择整月：改动在每种营业日类型上运行，使用整月的随机种子，并按营业日类型逐一与整月对比。有自己人员配置的营业日类型，按此处增减的数量同样增减。',
      arrivalsWord: '到达',
      unchanged: '原设计',
      separator: '，',
    },
    staffing: {
      heading: '人员配置助手',
      intro:
        '通过仿真找出以 95% 置信度满足等待目标所需的最少资源数量。每个数量都按各次重复判定：等待不超过目标的客户比例及其 95% 置信区间（放弃等待的客户计为未及时服务）。',
      pool: '资源',
      customers: '客户类别',
      allCustomers: '全部客户',
      percentile: '客户比例（%）',
      percentileInvalid: '请输入 50% 至 99% 之间的比例。',
      minutes: '等待不超过（分钟）',
      minutesInvalid: '请输入大于 0 的分钟数。',
      find: '查找',
      cancel: '取消',
      progressLabel: '尝试',
      try: '{{units}} → {{share}}% 的{{who}}等待不超过 {{minutes}} 分钟（95% 置信区间 {{low}}%–{{high}}%）',
      tryNoInterval: '{{units}} → {{share}}% 的{{who}}等待不超过 {{minutes}} 分钟（无置信区间）',
      tryNone: '{{units}} → 无测量数据',
      tryWait: '，p{{percentile}} {{wait}} 分钟',
      verdict: {
        met: '在 95% 置信水平下达到目标',
        'not-met': '在 95% 置信水平下未达到目标',
        'too-close': '差距过小，无法判定',
      },
      busyPart: '，{{percent}}% 繁忙',
      tradeOff: {
        title: '按「{{pool}}」数量的成本与等待',
        axis: '「{{pool}}」数量',
        costDay: '每天成本（全部资源）',
        costRun: '每次运行成本（全部资源）',
        within: '{{who}}等待不超过 {{minutes}} 的比例',
        target: '目标 {{percentile}}%',
        perUnit: '每增加一个「{{pool}}」，成本约增加 {{cost}}。',
        met: '{{day}}{{units}} 个即达到目标，成本 {{cost}}。',
      },
      dayPart: '{{day}}，',
      whoAll: '客户',
      whoClass: '「{{name}}」',
      answer:
        '{{day}}{{units}} 个「{{pool}}」：{{percentile}}% 的{{who}}等待不超过 {{minutes}} 分钟，在 95% 置信水平下达到目标（{{share}}% 达标，95% 置信区间 {{low}}%–{{high}}%，{{replications}} 次重复）{{busy}}',
      answerUndecided:
        '{{day}}{{range}} 个「{{pool}}」时差距过小，无法判定；{{units}} 个「{{pool}}」在 95% 置信水平下达到目标（{{share}}% 的{{who}}等待不超过 {{minutes}} 分钟，95% 置信区间 {{low}}%–{{high}}%）{{busy}}。增加重复次数（目前 {{replications}} 次）才能判定少于 {{units}} 个是否足够。',
      searching: '正在仿真…',
      cancelled: '已取消。',
      failed: '查找已停止：{{reason}}',
      notReachable: {
        'unknown-pool': '该资源已不在蓝图中。',
        'unknown-class': '该客户类别已不在蓝图中。',
        cap: '无法达到：即使 {{units}} 个「{{pool}}」也不能在 95% 置信水平下达到目标。',
        'no-improvement':
          '仅靠「{{pool}}」无法达到：再增加一个已不再带来明显差异（配对比较，95%），客户在其他环节等待。',
        'too-few-replications':
          '仅 1 次重复无法判定是否达到目标：请设置至少 2 次重复（最好 10 次以上）后重新查找。',
      },
      noPools: '该蓝图没有可配置的资源。',
    },
  } satisfies typeof en,
};
