/**
 * The simulation report's words in English and Chinese (`simulate --lang`): headings,
 * column names, units and the notes under tables. The figures come from the results;
 * only their wording is here. Chinese follows docs/glossary.md.
 */
import type { ExitOutcome } from '../model/index.ts';
import type { WarningLanguage } from '../sim/index.ts';

export type ReportLanguage = WarningLanguage;

export interface ReportWords {
  /** `{name} ({id}): {how}, {replications} …, seed {seed}` */
  title: string;
  replications: { one: string; other: string };
  /** Appended to how the run ran, for a run of one of the blueprint's day types. */
  dayType: string;
  businessDay: string;
  steadyState: string;
  perDay: string;
  perRun: string;
  perHour: string;
  /** Customers counted per day or per hour, after the number. */
  people: { day: string; hour: string };
  max: string;
  minutes: string;
  ci: string;
  /** An estimate's interval, right after its value (with its own leading space if any). */
  interval: string;
  ofThoseWhoLeft: string;
  system: string;
  rows: {
    arrived: string;
    abandoned: string;
    timeInSystem: string;
    timeQueueing: string;
    withinTarget: string;
    /** The cost of all pools, overtime included; `{per}` is per day or per run. */
    totalCost: string;
    costPerServed: string;
    leftByExit: string;
  };
  outcome: Record<ExitOutcome, string>;
  waitPoints: string;
  waitColumns: {
    step: string;
    meanWait: string;
    allQueued: string;
    queue: string;
    reneges: string;
    balks: string;
  };
  unstable: string;
  grows: string;
  allQueuedNote: string;
  failPoints: string;
  failColumns: { step: string; failures: string; ofAttempts: string; stuck: string };
  /** Flows taken by a queue's length (the lobby manager's rule); `{per}` is per day or per run. */
  diversions: string;
  diversionColumns: { flow: string; rule: string; diverted: string; ofChecked: string };
  /** Pools that also serve other queues when idle (`alsoServes`); `{per}` as above. */
  alsoServed: string;
  /** A queue a pool calls before its own (`servesFirst`), in the table's queues cell. */
  servedFirst: string;
  alsoServedColumns: {
    pool: string;
    queues: string;
    customers: string;
    share: string;
    time: string;
  };
  /** Missed tickets per step (`missedCall`); `{per}` is per day or per run. */
  missedCalls: string;
  missedColumns: {
    step: string;
    missed: string;
    ofCalls: string;
    recalled: string;
    lost: string;
    callMinutes: string;
  };
  /** Steps done as one batch a day (`batch`), in place of a wait; `{per}` is per day or per run. */
  batches: string;
  batchColumns: {
    step: string;
    items: string;
    workHours: string;
    doneAt: string;
    poolOvertime: string;
  };
  /** "queue at {step} ≥ {count}" */
  queueRule: string;
  poolsSteady: string;
  poolsDay: string;
  poolColumns: {
    pool: string;
    utilisation: string;
    busyUnits: string;
    capacity: string;
    queue: string;
    cost: string;
    overtimeHours: string;
    overtimeCost: string;
  };
  overtimeNote: string;
  classesDay: string;
  classesSteady: string;
  classColumns: {
    class: string;
    abandoned: string;
    timeInSystem: string;
    waitP90: string;
    withinTarget: string;
  };
  /** After a class's share within target: ✓ or ✗ against the share it promises. */
  targetOf: string;
  /** Who the cost was for (activity-based); `{per}` is per day or per run. */
  costByClass: string;
  costColumns: {
    who: string;
    all: string;
    cost: string;
    perServed: string;
    busy: string;
    idle: string;
    background: string;
    /** `{outcome}` per visit that ended so. */
    perOutcome: string;
    perAbandoned: string;
  };
  costNote: string;
  warnings: string;
}

export const REPORT_WORDS: Record<ReportLanguage, ReportWords> = {
  en: {
    title: '{name} ({id}): {how}, {replications}, seed {seed}',
    replications: { one: '{count} replication', other: '{count} replications' },
    dayType: '{how}, {day}',
    businessDay: 'business day {open}–{close}',
    steadyState: 'steady state, {length} min after {warmup} min warm-up',
    perDay: 'per day',
    perRun: 'per run',
    perHour: 'per hour',
    people: { day: 'per day', hour: 'per hour' },
    max: 'max',
    minutes: '{value} min',
    ci: '95 % CI',
    interval: ' (95 % CI {low} – {high})',
    ofThoseWhoLeft: ', {share} of those who left',
    system: 'System',
    rows: {
      arrived: 'arrived',
      abandoned: 'abandoned',
      timeInSystem: 'time in system',
      timeQueueing: 'time queueing',
      withinTarget: 'within target',
      totalCost: 'cost of all pools {per}',
      costPerServed: 'cost per transaction',
      leftByExit: 'left by an exit',
    },
    outcome: {
      completed: 'completed',
      rejected: 'rejected',
      withdrawn: 'withdrawn',
      complaint: 'complaint',
      referred: 'referred',
    },
    waitPoints: 'Wait points (mean wait in the queue for the step’s pool, worst first)',
    waitColumns: {
      step: 'step',
      meanWait: 'mean wait',
      allQueued: 'all queued',
      queue: 'queue avg/max',
      reneges: 'reneges',
      balks: 'balks',
    },
    unstable: 'unstable',
    grows: 'grows',
    allQueuedNote:
      'all queued: the mean wait of everyone who queued, those who gave up included (until they left)',
    failPoints: 'Fail points (failures {per}, worst first)',
    diversions: 'Lobby manager’s rule (customers sent on {per})',
    diversionColumns: {
      flow: 'flow',
      rule: 'when',
      diverted: 'sent on',
      ofChecked: 'of those checked',
    },
    batches: 'Batches (items left {per}; nobody waits for them, so they are not wait points above)',
    batchColumns: {
      step: 'step',
      items: 'items',
      workHours: 'work (unit-h)',
      doneAt: 'pile done at',
      poolOvertime: 'pool overtime h',
    },
    queueRule: 'queue at {step} ≥ {count}',
    alsoServed: 'Work at the queues a pool also serves, first or when idle ({per})',
    servedFirst: '{pool} (first)',
    alsoServedColumns: {
      pool: 'pool',
      queues: 'also serves',
      customers: 'customers taken',
      share: 'of those served there',
      time: 'its time with them',
    },
    missedCalls: 'Missed tickets (calls that found nobody {per})',
    missedColumns: {
      step: 'step',
      missed: 'missed',
      ofCalls: 'of calls',
      recalled: 'came back',
      lost: 'lost',
      callMinutes: 'calling (unit-min)',
    },
    failColumns: {
      step: 'step',
      failures: 'failures',
      ofAttempts: 'of attempts',
      stuck: 'stuck',
    },
    poolsSteady: 'Pools (over the statistics window)',
    poolsDay:
      'Pools (over each pool’s own hours: opening to closing, or to the end of a later shift)',
    poolColumns: {
      pool: 'pool',
      utilisation: 'utilisation',
      busyUnits: 'busy units',
      capacity: 'capacity',
      queue: 'queue avg/max',
      cost: 'cost {per}',
      overtimeHours: 'overtime h',
      overtimeCost: 'overtime cost',
    },
    overtimeNote:
      'overtime: busy unit-hours {per} after the pool’s hours, and their cost (not in utilisation or cost)',
    classesDay: 'Classes (per day; outcomes with their 95 % CI)',
    classesSteady: 'Classes (outcomes per hour with their 95 % CI; abandoned {per})',
    classColumns: {
      class: 'class',
      abandoned: 'abandoned',
      timeInSystem: 'time in system',
      waitP90: 'wait p90',
      withinTarget: 'within target (95 % CI)',
    },
    targetOf: '{mark} target {share}',
    costByClass: 'Cost by class and outcome ({per}; activity-based)',
    costColumns: {
      who: 'class',
      all: 'all',
      cost: 'cost',
      perServed: 'per transaction',
      busy: 'busy',
      idle: 'idle share',
      background: 'background work',
      perOutcome: '{outcome} each',
      perAbandoned: 'abandoned each',
    },
    costNote:
      'busy: the units’ time each visit used × their price; idle: units paid for and not used, spread in proportion to busy cost; the classes add up to all',
    warnings: 'Warnings',
  },
  'zh-CN': {
    title: '{name}（{id}）：{how}，{replications}，随机种子 {seed}',
    replications: { one: '重复运行 {count} 次', other: '重复运行 {count} 次' },
    dayType: '{how}，{day}',
    businessDay: '营业日 {open}–{close}',
    steadyState: '稳态，预热 {warmup} 分钟后统计 {length} 分钟',
    perDay: '每天',
    perRun: '每次运行',
    perHour: '每小时',
    people: { day: '人/天', hour: '人/小时' },
    max: '最大',
    minutes: '{value} 分钟',
    ci: '95% 置信区间',
    interval: '（95% 置信区间 {low} – {high}）',
    ofThoseWhoLeft: '，占离开者的 {share}',
    system: '整体',
    rows: {
      arrived: '到达',
      abandoned: '放弃离开',
      timeInSystem: '逗留时间',
      timeQueueing: '排队时间',
      withinTarget: '达标比例',
      totalCost: '全部资源成本（{per}）',
      costPerServed: '每笔业务成本',
      leftByExit: '经出口离开',
    },
    outcome: {
      completed: '已办结',
      rejected: '被拒绝',
      withdrawn: '客户撤回',
      complaint: '投诉',
      referred: '转介',
    },
    waitPoints: '等待点（在步骤所用资源池队列中的平均等待，最差在前）',
    waitColumns: {
      step: '步骤',
      meanWait: '平均等待',
      allQueued: '全部排队者',
      queue: '队长 均值/最大',
      reneges: '中途放弃',
      balks: '见队即走',
    },
    unstable: '不稳定',
    grows: '持续增长',
    allQueuedNote: '全部排队者：所有排过队的客户的平均等待，包括放弃离开者（算到其离开为止）',
    failPoints: '失误点（{per}失误次数，最差在前）',
    diversions: '大堂分流（{per}被分流的客户）',
    diversionColumns: {
      flow: '流程线',
      rule: '条件',
      diverted: '被分流',
      ofChecked: '占经过者',
    },
    batches: '批量处理（{per}留下的待办件数；无人在此等待，不列入上面的等待点）',
    batchColumns: {
      step: '步骤',
      items: '件数',
      workHours: '工作量（单位·小时）',
      doneAt: '处理完毕',
      poolOvertime: '资源池加班小时',
    },
    queueRule: '{step} 排队 ≥ {count} 人',
    alsoServed: '资源池优先或空闲时服务的其他排队（{per}）',
    servedFirst: '{pool}（优先）',
    alsoServedColumns: {
      pool: '资源池',
      queues: '也服务',
      customers: '接待客户',
      share: '占该排队办理人数',
      time: '用于这些客户的时间',
    },
    missedCalls: '过号（{per}叫号未到的次数）',
    missedColumns: {
      step: '步骤',
      missed: '过号',
      ofCalls: '占叫号',
      recalled: '回来重排',
      lost: '流失',
      callMinutes: '叫号占用（窗口·分钟）',
    },
    failColumns: {
      step: '步骤',
      failures: '失误次数',
      ofAttempts: '占办理次数',
      stuck: '卡住',
    },
    poolsSteady: '资源池（统计时段内）',
    poolsDay: '资源池（各自的工作时间内：开门到关门，或到较晚班次结束）',
    poolColumns: {
      pool: '资源池',
      utilisation: '利用率',
      busyUnits: '忙碌单位',
      capacity: '容量',
      queue: '队长 均值/最大',
      cost: '{per}成本',
      overtimeHours: '加班 小时',
      overtimeCost: '加班成本',
    },
    overtimeNote: '加班：资源池工作时间之后{per}的忙碌单位小时数及其成本（不计入利用率和成本）',
    classesDay: '客户类别（每天；各结果附 95% 置信区间）',
    classesSteady: '客户类别（每小时的各结果附 95% 置信区间；放弃离开按{per}）',
    classColumns: {
      class: '类别',
      abandoned: '放弃离开',
      timeInSystem: '逗留时间',
      waitP90: '等待 p90',
      withinTarget: '达标比例（95% 置信区间）',
    },
    targetOf: '{mark} 目标 {share}',
    costByClass: '按类别和结果的成本（{per}；作业成本法）',
    costColumns: {
      who: '类别',
      all: '全部',
      cost: '成本',
      perServed: '每笔业务',
      busy: '忙碌',
      idle: '空闲分摊',
      background: '后台工作',
      perOutcome: '每笔{outcome}',
      perAbandoned: '每位放弃离开',
    },
    costNote:
      '忙碌：每次到访占用资源单位的时间 × 单价；空闲：已付费但未使用的单位时间，按忙碌成本比例分摊；各类别之和等于全部',
    warnings: '警告',
  },
};

/** The report's language for a `--lang` value: Chinese for any `zh` tag, else English. */
export function reportLanguage(language: string): ReportLanguage {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
