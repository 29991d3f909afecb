/**
 * The one catalogue of the instant estimates' caveats and method names (estimateCaveats.ts,
 * diversionEstimate.ts, estimateMethod.ts), in English and Chinese, for the app's
 * Estimates tab and the command line's report. Pure data and one function that fills in
 * `{{name}}` placeholders (the same as the warnings', warningText.ts): each reader formats
 * the values its own way and passes them in as text.
 */
import type { DiversionCaveat } from './diversionEstimate.ts';
import type { EstimateCaveat } from './estimateCaveats.ts';
import type { EstimateMethod } from './estimateMethod.ts';
import type { WarningLanguage } from './warningText.ts';

type Catalogue<Code extends string> = Record<Code, Record<WarningLanguage, string>>;

/** What makes a pool's day figure rough, beside the figure. */
export const CAVEAT_TEXT: Catalogue<EstimateCaveat> = {
  'few-customers': {
    en: 'Rough: few customers a day, so one day’s wait varies a lot.',
    'zh-CN': '粗略：每天客户很少，单日等待波动很大。',
  },
  booked: {
    en: 'Rough: most customers come by appointment, more evenly than the formula assumes.',
    'zh-CN': '粗略：大多数客户按预约到达，比公式假设的更均匀。',
  },
  'after-busy-pool': {
    en: 'Likely shorter: customers come through a busy pool first, which spaces them out.',
    'zh-CN': '实际可能更短：客户先经过一个繁忙的资源，到达被拉开了间隔。',
  },
  'patience-shape': {
    en: 'Likely longer at the peak: the formula lets waiting customers give up from the first minute (exponential patience); here few leave early, so more stay in the queue.',
    'zh-CN':
      '高峰时实际可能更长：公式假设等待的客户从第一分钟起就可能放弃（指数分布的耐心时间）；这里很少有客户早早离开，留在队列中的更多。',
  },
  helped: {
    en: 'Likely a little longer: counted as one line with the pools that also serve it when idle, whose own customers go first there.',
    'zh-CN':
      '实际可能略长：与空闲时也服务这个排队的资源池合为一个队列计算，而那些资源池优先服务自己的客户。',
  },
  'served-first': {
    en: 'Likely much shorter: other pools call this queue before their own customers, which the formula leaves out.',
    'zh-CN': '实际可能短得多：其他资源池先叫这个排队的号，再服务自己的客户，公式未计入这一点。',
  },
  'serves-first': {
    en: 'Likely longer: this pool calls other queues before its own customers, which the formula leaves out.',
    'zh-CN': '实际可能更长：这个资源池先叫其他排队的号，再服务自己的客户，公式未计入这一点。',
  },
  'same-unit': {
    en: 'Likely longer: some customers wait for the unit that served them before (the same one through the case), not the first free one, which the formula leaves out.',
    'zh-CN':
      '实际可能更长：部分客户要等此前为其办理的同一单位（整个业务由同一单位跟进），而不是第一个空闲的单位，公式未计入这一点。',
  },
  'priority-approximate': {
    en: 'Approximate: the service times differ between the queues these units share, so their priority formula is an approximation (within about 8 % of a run in steady tests).',
    'zh-CN':
      '近似：这些服务单位共同服务的几个排队服务时间不同，优先级公式只是近似（在稳态测试中与仿真相差约 8% 以内）。',
  },
};

/** What to beware of in a lobby rule's estimate; `{{pool}}` the target, `{{percent}}` its load. */
export const DIVERSION_CAVEAT_TEXT: Catalogue<DiversionCaveat['code']> = {
  'target-busy': {
    en: 'Near capacity: {{pool}} is {{percent}} % busy at its busiest, so those sent on wait there too, likely longer than its estimate (they come in bursts while the line is long).',
    'zh-CN':
      '接近容量：「{{pool}}」最忙时负荷 {{percent}}%，被分流的客户在那里也要等待，很可能比它的估算更久（排队长时他们成批到达）。',
  },
  'target-overloaded': {
    en: 'Over capacity: {{pool}} is {{percent}} % loaded at its busiest; the rule moves the queue there rather than shortening it.',
    'zh-CN':
      '超出容量：「{{pool}}」最忙时负荷 {{percent}}%，这条规则只是把队列转移到那里，而没有缩短队列。',
  },
  'line-gives-up': {
    en: 'Likely fewer sent on: the line stays at its threshold for long, and customers who give up shorten it, which the chain leaves out.',
    'zh-CN':
      '实际分流可能更少：排队长时间停在阈值附近，放弃离开的客户使队列变短，马尔可夫链未计入这一点。',
  },
};

/** The formula a figure comes from, as a short name (a table's cell); a lobby rule's share is `threshold-chain`. */
export const METHOD_TEXT: Catalogue<EstimateMethod> = {
  mgc: {
    en: 'Erlang C, M/G/c correction',
    'zh-CN': 'Erlang C，M/G/c 修正',
  },
  'mgc-backlog': {
    en: 'Erlang C and the day’s backlog',
    'zh-CN': 'Erlang C 及全天积压',
  },
  'pooled-line': {
    en: 'Erlang C, one line with the pools serving it',
    'zh-CN': 'Erlang C，与兼顾的资源池合为一个队列',
  },
  'threshold-chain': {
    en: 'threshold Markov chain',
    'zh-CN': '阈值马尔可夫链',
  },
  'cobham-mmc-equal-rates': {
    en: 'priority M/M/c (Cobham, exact)',
    'zh-CN': '优先级 M/M/c（Cobham，精确）',
  },
  'cobham-mg1': {
    en: 'priority M/G/1 (Cobham, exact)',
    'zh-CN': '优先级 M/G/1（Cobham，精确）',
  },
  'mgc-approximation': {
    en: 'priority M/G/c (approximate)',
    'zh-CN': '优先级 M/G/c（近似）',
  },
};

/** A catalogue's wording in one language, code by code (the app's i18n messages take this). */
export function textsIn<Code extends string>(
  catalogue: Catalogue<Code>,
  language: WarningLanguage,
): Record<Code, string> {
  const texts = {} as Record<Code, string>;
  for (const code of Object.keys(catalogue) as Code[]) texts[code] = catalogue[code][language];
  return texts;
}

/** A catalogue's sentence in `language`, with `values` (already formatted) for its placeholders. */
export function estimateText(
  text: Record<WarningLanguage, string>,
  language: WarningLanguage,
  values: Readonly<Record<string, string>> = {},
): string {
  return text[language].replace(
    /\{\{(\w+)\}\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  );
}
