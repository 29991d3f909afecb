/**
 * The one catalogue of the run warnings' wording (warnings.ts), in English and Chinese,
 * for the command line's report and the app's results. Pure data and one function that
 * fills in `{{name}}` placeholders: each reader formats the values its own way (the
 * command line with ids and fixed decimals, the app with the pool's name in the UI
 * language and local number formats) and passes them in as text.
 */
import type { RunWarningCode } from './warnings.ts';

export type WarningLanguage = 'en' | 'zh-CN';

export const WARNING_TEXT: Record<RunWarningCode, Record<WarningLanguage, string>> = {
  'pool-overloaded-day': {
    en: '{{pool}} would be {{busy}} busy during opening hours (work for {{load}} units, {{capacity}} on average): queues build up over the day. Add units or reduce arrivals.',
    'zh-CN':
      '{{pool}}在营业时间内的利用率将达 {{busy}}（需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：队列会在一天中不断变长。请增加单位或减少到达。',
  },
  'pool-overloaded-batch': {
    en: '{{pool}} would be {{busy}} busy from its batch at {{from}} to the end of its hours at {{to}} (work for {{load}} units, {{capacity}} on average, the day’s batch included): the batch is not done within its hours. Add units after {{from}} or start the batch earlier.',
    'zh-CN':
      '{{pool}}从 {{from}} 批量处理起到 {{to}} 下班，利用率将达 {{busy}}（含当天的批量处理，需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：批量处理无法在工作时间内完成。请在 {{from}} 以后增加单位，或提前开始批量处理。',
  },
  'pool-overloaded-impatient': {
    en: '{{pool}} would be {{busy}} busy (work for {{load}} units, {{capacity}} on average): only customers giving up keep the queue finite. Add units or reduce arrivals.',
    'zh-CN':
      '{{pool}}的利用率将达 {{busy}}（需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：只因客户放弃离开，队列才没有无限增长。请增加单位或减少到达。',
  },
  'pool-overloaded-diverted': {
    en: '{{pool}} would be {{busy}} busy (work for {{load}} units, {{capacity}} on average) if no one were sent elsewhere: only the diversion when its queue is long keeps the queue finite.',
    'zh-CN':
      '如果不分流，{{pool}}的利用率将达 {{busy}}（需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：只因排队较长时的分流，队列才没有无限增长。',
  },
  'pool-overloaded-helped': {
    en: '{{pool}} would be {{busy}} busy on its own (work for {{load}} units, {{capacity}} on average): only {{helpers}}, serving its queue when idle, keeps up with it.',
    'zh-CN':
      '仅靠自身，{{pool}}的利用率将达 {{busy}}（需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：只因{{helpers}}空闲时兼顾它的排队，才跟得上。',
  },
  'pool-unstable': {
    en: '{{pool}} would be {{busy}} busy (work for {{load}} units, {{capacity}} on average): the queue grows without limit, so its waits are not shown. Add units or reduce arrivals.',
    'zh-CN':
      '{{pool}}的利用率将达 {{busy}}（需要 {{load}} 个单位的工作量，平均只有 {{capacity}} 个）：队列无限增长，因此不显示其等待时间。请增加单位或减少到达。',
  },
  'customers-stuck': {
    en: 'Stopped after {{steps}} steps in a loop they cannot leave: {{count}} customers or pieces of background work. Check the flows that go back.',
    'zh-CN':
      '在无法离开的循环中走了 {{steps}} 步后被停止：{{count}} 位客户或后台工作。请检查返回的流程线。',
  },
  deadlock: {
    en: 'Deadlock: customers kept one pool while they queued for another and waited for each other for ever ({{pools}}; stuck in the queues of {{steps}}), first {{after}} min after the start. Replications with a deadlock: {{replications}}. Stopped and counted as stuck so that the run could go on: {{count}} customers. Take the pools in one order everywhere, or release the units before queueing (keepUntil).',
    'zh-CN':
      '死锁：客户占用一个资源池的同时排队等待另一个资源池，彼此永远等待（{{pools}}；卡在 {{steps}} 的队列中），最早出现在开始后 {{after}} 分钟。出现死锁的重复运行：{{replications}} 次。为使运行继续而被停止并计为卡住的客户：{{count}} 位。请在各处按同一顺序使用资源池，或在排队前释放资源单位（keepUntil）。',
  },
  'left-inside': {
    en: 'Still inside when the day had to stop, left out of the waits: {{count}} customers. Can the pools serve them after closing?',
    'zh-CN':
      '营业日不得不结束时仍在网点、未计入等待的客户：{{count}} 位。资源池在关门后还能为他们服务吗？',
  },
  'no-warmup': {
    en: 'This steady-state run has no warm-up: it is measured from an empty, idle start, so waits and queues read low. Set a warm-up (run.warmup) long enough for the queues to fill.',
    'zh-CN':
      '此稳态运行没有预热期：从空闲的初始状态开始统计，等待时间和队列长度会偏低。请设置足够长的预热期（run.warmup），让队列先达到常态。',
  },
  'event-log-truncated': {
    en: 'The event log stopped at {{rows}} rows.',
    'zh-CN': '事件日志在 {{rows}} 行处截断。',
  },
};

/** The word for a utilisation that cannot be given as a percentage (a capacity of 0). */
export const OVER_FULL: Record<WarningLanguage, string> = {
  en: 'over 100 %',
  'zh-CN': '超过 100 %',
};

/** The warning's sentence in `language`, with `values` (already formatted) for its placeholders. */
export function warningText(
  code: RunWarningCode,
  language: WarningLanguage,
  values: Readonly<Record<string, string>>,
): string {
  return WARNING_TEXT[code][language].replace(
    /\{\{(\w+)\}\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  );
}
