/**
 * The findings' Chinese wording: the same codes, variants and parts as the English
 * (findingsEn.ts; the type says so). Ids, paths and format words stay as they are.
 */
import type { FINDINGS_EN } from './findingsEn.ts';

export const FINDINGS_ZH_CN: typeof FINDINGS_EN = {
  codes: {
    'too-large': '文件大小为 {{size}} MB；蓝图文件最大为 {{limit}} MB',
    empty: '文件是空的',
    'too-deep': 'JSON 嵌套超过 {{limit}} 层；蓝图不会嵌套这么深',
    'json-syntax': {
      default: '不是有效的 JSON：{{problemText}}',
      nested: 'JSON 嵌套太深，无法读取',
    },
    'duplicate-key': '属性 {{key}} 在同一个对象中出现了两次',
    'not-an-object': '蓝图文件必须是一个 JSON 对象 { … }',
    'wrong-format': {
      missing: '缺少此项：应为 "{{expected}}"（这是蓝图实验室的文件吗？）',
      wrong: '应为 "{{expected}}"，而不是 {{format}}：这不是蓝图实验室的蓝图',
    },
    'bad-version': '应为从 1 开始的整数（格式版本）',
    'newer-version':
      '此文件使用格式版本 {{version}}，由更新的蓝图实验室写成；本版本最高只能读取格式版本 {{current}}。请更新蓝图实验室。',
    'no-migration': '无法升级格式版本 {{version}}：缺少对应的迁移',
    internal: '无法检查此文件（{{error}}）；请报告此文件',
    'unreadable-file': '无法读取文件（{{error}}）',
    required: { default: '缺少此项', options: '缺少此项：应为 {{options}} 之一' },
    'unknown-property': '未知属性 {{key}}{{hint}}',
    'wrong-type': '应为{{expectedTypes}}，而不是{{receivedValue}}',
    'too-small': {
      items: '至少需要 {{limit}} 项',
      'one-item': '至少需要 {{limit}} 项',
      characters: '至少需要 {{limit}} 个字符',
      'not-empty': '不能为空',
      'at-least': '不能小于 {{limit}}',
      'greater-than': '必须大于 {{limit}}',
    },
    'too-big': {
      items: '最多只能有 {{limit}} 项',
      characters: '最多只能有 {{limit}} 个字符',
      'at-most': '不能大于 {{limit}}',
      'less-than': '必须小于 {{limit}}',
    },
    'not-allowed': {
      exactly: '必须是 {{allowed}}',
      'one-of': '必须是 {{allowed}} 之一，而不是{{receivedValue}}{{hint}}',
      tag: '必须是 {{allowed}} 之一，而不是 {{value}}{{hint}}',
    },
    'bad-pattern': '{{ruleText}}',
    inconsistent: '{{ruleText}}',
    'not-multiple': '必须是 {{divisor}} 的倍数',
    invalid: '无效：{{detail}}',
    'duplicate-id': 'id {{id}} 已被 {{list}}[{{first}}] 使用',
    'unknown-step': '步骤 {{id}} 不存在{{hint}}',
    'unknown-phase': '阶段 {{id}} 不存在{{hint}}',
    'unknown-pool': '资源池 {{id}} 不存在{{hint}}',
    'unknown-class': '客户类别 {{id}} 不存在{{hint}}',
    'not-a-process-step': {
      note: '步骤 {{id}} 是备注，客户不会经过它',
      evidence: '步骤 {{id}} 是有形展示，客户不会经过它',
    },
    'branch-probability-missing': {
      one: '请为{{forClass}}每个分支都给出概率，或者都不给：{{flows}} 没有概率',
      many: '请为{{forClass}}每个分支都给出概率，或者都不给：{{flows}} 没有概率',
    },
    'branch-probabilities-sum': '{{forClass}}分支概率之和为 {{sum}}，而不是 1（{{parts}}）',
    'pool-empty': '资源池 {{pool}} 全天容量为 0，所以这个步骤永远不会为任何客户服务',
    'day-type-pool-empty':
      '在营业日类型 {{dayType}} 中，资源池 {{pool}} 全天容量为 0，所以当天它的步骤不为任何客户服务',
    'units-over-capacity': '需要资源池 {{pool}} 的 {{units}} 个单位，但它最多只有 {{peak}} 个',
    'period-backwards': '时段的结束时间必须晚于开始时间（{{from}}–{{to}}）',
    'periods-overlap': '{{from}}–{{to}} 与 {{otherFrom}}–{{otherTo}}（序号 {{item}}）重叠',
    'shares-sum': '各客户类别的份额之和为 {{sum}}，而不是 1',
    'shares-missing': '有客户类别，也有共享的到达：请为每个类别给出它所占的份额',
    'closes-before-opening': '关门时间 {{close}} 必须晚于开门时间 {{open}}',
    'missed-call-without-pool':
      '设置了过号，但这个步骤不需要资源池：只有排队等资源池的步骤才叫号；请给步骤设置资源，或删除 missedCall',
    'missed-call-without-customer':
      '设置了过号，但客户不在场（customerPresent: false）：只有客户本人才会过号',
    'batch-without-pool':
      '设为每日批量处理，但不需要资源池：批量工作由资源池完成；请给步骤设置资源，或删除 batch',
    'batch-with': {
      failure:
        '每日批量处理的步骤不能出错：每件工作在客户不在场时各办一次；请删除失误设置或批量设置',
      missedCall: '每日批量处理的步骤不叫号：没有人等待它；请删除 missedCall 或批量设置',
      keepUntil:
        '每日批量处理的步骤不能把资源保留到之后的步骤：每件工作单独完成；请删除 keepUntil 或批量设置',
      sameUnitAs: '每日批量处理的步骤在客户不在场时由空闲的单位完成：请删除 sameUnitAs 或批量设置',
    },
    'same-unit-other-pool': {
      'no-pool':
        '要求与步骤 {{step}} 同一单位，但该步骤不需要资源池：请指定资源池 {{pool}} 中之前的步骤',
      other:
        '要求与步骤 {{step}} 同一单位，但该步骤使用资源池 {{other}}，不是 {{pool}}：请指定资源池 {{pool}} 中之前的步骤',
    },
    'same-unit-batch':
      '要求与步骤 {{step}} 同一单位，但该步骤是在客户不在场时每日批量处理的：请指定为客户办理的步骤',
    'endless-recall':
      '有客户类别每次叫号都不在且总会回来，会被无限叫号：请降低过号概率或回来的概率，或让过号作废（gone）',
    'endless-retry': '每次都失败且无限重试，所以没有客户能通过这个步骤',
    'background-multiplies':
      '这条流程线启动的后台工作会回到步骤 {{step}}，平均启动的新工作不少于它自身，所以永远不会结束',
    'condition-queue-without-pool':
      '步骤 {{step}} 不需要资源池，也不是资源池步骤之前的等待步骤，那里不会形成可读取的排队',
    'condition-with-chance': '按排队人数选择的流程线没有自己的概率：请删除概率或删除条件',
    'condition-on-background-flow': '后台工作不是客户走的分支，不能按排队人数选择',
    'condition-conflict':
      '{{forClass}}流程线 {{flow}} 和 {{other}} 都按排队人数离开步骤 {{step}}：每个步骤对每个客户类别只能有一条这样的流程线（第二条规则请放在其后的决策步骤上）',
    'condition-without-fallback': '排队较短时，步骤 {{step}} 没有其他{{forClass}}流程线可走',
    'also-serves-itself':
      '资源池 {{pool}} 本来就先服务自己的排队：这里请列出它空闲时兼顾的其他资源池',
    'also-serves-twice': '资源池 {{pool}} 列出了两次',
    'serves-first-itself':
      '资源池 {{pool}} 不能先于自己叫自己的号：这里请列出它优先叫号的其他资源池',
    'serves-first-twice':
      '资源池 {{pool}} 列出了两次（一个资源池要么优先叫号，列在 servesFirst；要么空闲时兼顾，列在 alsoServes）',
    'arrival-rate-too-high': '每小时到达超过 {{limit}} 人，超出了仿真器的上限（到达率按每小时计）',
    'too-many-bookings': '一天预约了 {{count}} 位客户；仿真器的上限为 {{limit}}',
    'branches-without-probability':
      '有 {{count}} 个{{forClass}}分支没有概率：每个分支被选中的机会相同',
    'no-branch-for-class': '这个步骤没有对客户类别 {{class}} 开放的流程线：这类客户的访问在此结束',
    'ignored-on-drawing-flow': '已忽略：这条流程线连接有形展示或备注，客户不会经过它们',
    'ignored-on-drawing-step': '已忽略：类型为 {{kind}} 的步骤只用于绘图，不参与仿真',
    'failing-background-flow': '已忽略：后台工作不是客户走的分支，不能标为失败分支',
    unreachable: '没有客户能从起始步骤到达步骤 {{step}}',
    'dead-end': '步骤 {{step}} 没有流出的流程线，也没有标为出口：访问在这里结束',
    'exit-with-flows': '步骤 {{step}} 是出口，所以它流出的流程线永远不会被走到',
    'no-way-to-end': '到达步骤 {{step}} 的客户永远无法离开：从它出发的每条路径都会绕回来',
    'keep-until-unreachable':
      '客户无法从步骤 {{step}} 到达 {{keepUntil}}，所以占用的资源单位要到客户离开时才释放',
    'hold-and-wait-cycle':
      '步骤 {{step}} 占用资源池 {{pool}}，同时其客户在步骤 {{waitStep}} 排队等待资源池 {{waitPool}}；其他占用构成循环 {{cycle}}：一旦所有单位都被正在等待的客户占用，他们将永远互相等待（死锁）',
    'also-serves-kept-step':
      '步骤 {{step}} 占用资源池 {{pool}} 的单位直到后面的步骤，所以本资源池不接这个步骤的客户，留给 {{pool}}（借出的单位只服务一个步骤）',
    'same-unit-not-before':
      '客户可以不经过步骤 {{step}} 就到达这个步骤：这些客户在这里由资源池中任一单位办理',
    'batch-customer-present': '已忽略：客户不等待每日批量处理的步骤，会立即继续办理',
    'booked-ignored': {
      batch: '已忽略：每日批量处理的步骤无需预约，客户会立即继续办理',
      'customer-away':
        '已忽略：这里只有材料在等待（customerPresent: false），材料无需预约，本来也不会放弃',
    },
    'batch-outside-day': {
      before: '批量处理时间 {{at}} 早于开门时间（{{open}}）：此时尚无积压，每件工作随到随办',
      after:
        '批量处理时间 {{at}} 晚于关门时间（{{close}}）：当天的工作要等到那时，全部在营业时间之后完成',
    },
    'pool-without-duration': '需要资源池但没有持续时间，所以占用资源池的时间为零',
    'share-without-arrivals': '已忽略：蓝图没有共享的到达，无从分配份额',
    'class-never-arrives': '客户类别 {{class}} 既没有自己的到达，也没有份额，所以不会有这类客户',
    'appointments-in-steady-run': '预约是某一天中的时刻；稳态运行会每 24 小时重复一次',
    'certain-loop': {
      flow: '离开步骤 {{step}} 的每位客户都会沿这条流程线回到它，所以会一直绕圈，直到被强制停止',
      fallback:
        '离开步骤 {{step}} 而未被其排队规则分流的每位客户都会沿这条流程线回到它，所以在那里排队不长时会一直绕圈，直到被强制停止',
      rule: '步骤 {{waitStep}} 排队较长时，离开步骤 {{step}} 的每位客户都会立即沿这条流程线回到它；该步骤不耗时，排队人数无法变化，所以会一直绕圈，直到被强制停止',
      failure: '步骤 {{step}} 每次都失败并把客户送回它自己，所以客户会一直绕圈，直到被强制停止',
    },
    'outside-opening-hours': {
      period: '{{from}}–{{to}} 在营业时间 {{open}}–{{close}} 之外：这段时间没有人到达',
      appointment: '{{at}} 的预约在营业时间 {{open}}–{{close}} 之外：该预约不会被接待',
    },
  },
  parts: {
    didYouMean: '（是不是 {{suggestion}}？）',
    forClass: '客户类别 {{class}} 的',
    or: '或',
    types: {
      string: '文本',
      number: '数字',
      int: '整数',
      boolean: '布尔值（true 或 false）',
      array: '列表',
      object: '对象',
      record: '对象',
    },
    values: {
      null: '空值 null',
      array: '列表',
      string: '文本 {{value}}',
      object: '对象',
      number: '数字 {{value}}',
      boolean: '布尔值 {{value}}',
      other: '{{received}} {{value}}',
    },
    jsonSyntax: {
      InvalidSymbol: '意外的字符',
      InvalidNumberFormat: '数字格式错误',
      PropertyNameExpected: '此处应为用双引号括起的属性名',
      ValueExpected: '此处应为一个值',
      ColonExpected: '此处应为 ":"',
      CommaExpected: '各项之间应有 ","',
      CloseBraceExpected: '此处应为 "}"',
      CloseBracketExpected: '此处应为 "]"',
      EndOfFileExpected: 'JSON 值结束后还有多余的文字',
      InvalidCommentToken: 'JSON 中不允许有注释',
      UnexpectedEndOfComment: '注释没有结束',
      UnexpectedEndOfString: '字符串没有结束',
      UnexpectedEndOfNumber: '数字没有结束',
      InvalidUnicode: '无效的 \\u 转义',
      InvalidEscapeCharacter: '无效的转义字符',
      InvalidCharacter: '字符串中有控制字符（请改用 \\n 或 \\t）',
    },
    rules: {
      id: '应为 id：以字母或 _ 开头，后面是字母、数字、_ 或 -，最多 64 个字符',
      'reserved-id': '不能是 "__proto__"：这个名称是保留的',
      'time-of-day': '应为 "HH:MM" 格式的时刻，从 00:00 到 24:00',
      'language-tag': '应为语言标记，例如 "en" 或 "zh-CN"',
      colour: '应为 "#RRGGBB" 格式的颜色',
      currency: '应为三个大写字母的货币代码（ISO 4217），例如 "CNY"',
      timestamp: '应为 ISO 8601 日期或日期时间，例如 "2026-11-23" 或 "2026-11-23T09:30:00Z"',
      'text-language': '至少要用一种语言给出文字',
      'min-max': 'min 不能大于 max',
      triangle: '需要 min ≤ mode ≤ max 且 min < max',
      'weights-count': '每个值都要有一个权重',
      'weights-positive': '至少要有一个权重大于 0',
      other: '不符合规则：{{detail}}',
    },
  },
};
