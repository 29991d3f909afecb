/**
 * The one catalogue of the wording of row issues (rowIssues.ts) and map problems
 * (mapping.ts), in English and Chinese, for the command line and the app alike. Pure
 * data and one function that fills in `{{name}}` placeholders with values the reader has
 * already formatted.
 */
import type { MapProblemCode } from './mapping.ts';
import type { RowIssueCode } from './rowIssues.ts';

export type LogTextLanguage = 'en' | 'zh-CN';

export const ROW_ISSUE_TEXT: Record<RowIssueCode, Record<LogTextLanguage, string>> = {
  'blank-row': { en: 'the row is empty', 'zh-CN': '该行为空' },
  'bad-quotes': {
    en: 'the quotes of a value are not closed or not doubled inside it',
    'zh-CN': '某个值的引号未闭合，或值内的引号未成对书写',
  },
  'wrong-field-count': {
    en: 'the row has {{found}} values where the header has {{expected}} columns',
    'zh-CN': '该行有 {{found}} 个值，而表头有 {{expected}} 列',
  },
  'missing-value': { en: 'no value in {{column}}', 'zh-CN': '「{{column}}」没有值' },
  'bad-time': {
    en: '{{column}} «{{value}}» is not a date or time this reader knows',
    'zh-CN': '「{{column}}」的值“{{value}}”不是可识别的日期或时间',
  },
  'ambiguous-date': {
    en: '{{column}} «{{value}}» could be day/month or month/day: state the date order (dmy or mdy)',
    'zh-CN':
      '「{{column}}」的值“{{value}}”既可能是日/月也可能是月/日：请说明日期顺序（dmy 或 mdy）',
  },
  'missing-date': {
    en: '{{column}} «{{value}}» has no date and the row has none either',
    'zh-CN': '「{{column}}」的值“{{value}}”没有日期，该行也没有日期列的值',
  },
  'time-order': {
    en: '{{column}} ({{value}}) is before {{other}} ({{otherValue}})',
    'zh-CN': '「{{column}}」（{{value}}）早于「{{other}}」（{{otherValue}}）',
  },
  'unknown-outcome': {
    en: '{{column}} «{{value}}» is not a known outcome: map it to served, abandoned or transferred',
    'zh-CN':
      '「{{column}}」的值“{{value}}”不是已知的结果：请将其对应为 served（已办理）、abandoned（过号/放弃）或 transferred（转移）',
  },
  duplicate: {
    en: 'the same {{what}} as row {{firstRow}}',
    'zh-CN': '与第 {{firstRow}} 行的{{what}}重复',
  },
  'outcome-inferred': {
    en: 'no outcome given: read as {{outcome}} from the times present',
    'zh-CN': '没有结果：根据已有的时间视为 {{outcome}}',
  },
  incomplete: {
    en: 'kept without {{column}}, which is empty or unreadable',
    'zh-CN': '已保留，但「{{column}}」为空或无法读取',
  },
  'lifecycle-other': {
    en: '{{column}} «{{value}}» is neither start nor complete: not used',
    'zh-CN': '「{{column}}」的值“{{value}}”既不是开始也不是完成：未使用',
  },
  'start-without-complete': {
    en: 'a start of {{activity}} in case {{caseId}} that no complete row follows: not used',
    'zh-CN': '案例 {{caseId}} 中 {{activity}} 的开始行之后没有完成行：未使用',
  },
};

/** What a duplicate repeats, as the `what` of its sentence. */
export const DUPLICATE_WHAT: Record<'ticket' | 'event', Record<LogTextLanguage, string>> = {
  ticket: { en: 'ticket', 'zh-CN': '票号' },
  event: { en: 'activity of the case', 'zh-CN': '案例活动' },
};

export const MAP_PROBLEM_TEXT: Record<MapProblemCode, Record<LogTextLanguage, string>> = {
  'no-header': { en: 'the file has no header row', 'zh-CN': '文件没有表头行' },
  'unknown-field': {
    en: '«{{field}}» is not a field of a {{kind}} log (fields: {{fields}})',
    'zh-CN': '“{{field}}”不是{{kind}}日志的字段（字段：{{fields}}）',
  },
  'no-such-column': {
    en: 'the file has no column «{{column}}» (columns: {{columns}})',
    'zh-CN': '文件中没有“{{column}}”列（列：{{columns}}）',
  },
  'column-twice': {
    en: 'column «{{column}}» is mapped to both {{field}} and {{other}}',
    'zh-CN': '“{{column}}”列同时对应了 {{field}} 和 {{other}}',
  },
  'missing-required': {
    en: 'no column is mapped to {{field}}, which a {{kind}} log needs',
    'zh-CN': '没有列对应到 {{field}}，而{{kind}}日志必须有该字段',
  },
  'bad-time-zone': {
    en: '«{{zone}}» is not a time zone: write UTC, an offset such as +08:00, or a name such as Asia/Shanghai',
    'zh-CN': '“{{zone}}”不是时区：请写 UTC、+08:00 这样的偏移量或 Asia/Shanghai 这样的时区名',
  },
  'bad-encoding': {
    en: '«{{encoding}}» is not an encoding this reader can decode',
    'zh-CN': '无法按“{{encoding}}”编码解码',
  },
};

/** The name of each kind of log in a sentence. */
export const LOG_KIND_TEXT: Record<'queue' | 'event', Record<LogTextLanguage, string>> = {
  queue: { en: 'queue-ticket', 'zh-CN': '排队叫号' },
  event: { en: 'event', 'zh-CN': '事件' },
};

export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    /\{\{(\w+)\}\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  );
}

/** A row issue's sentence in `language`, with its params as text. */
export function rowIssueText(
  code: RowIssueCode,
  language: LogTextLanguage,
  values: Readonly<Record<string, string>>,
): string {
  return fillText(ROW_ISSUE_TEXT[code][language], values);
}

/** A map problem's sentence in `language`, with its params as text. */
export function mapProblemText(
  code: MapProblemCode,
  language: LogTextLanguage,
  values: Readonly<Record<string, string>>,
): string {
  return fillText(MAP_PROBLEM_TEXT[code][language], values);
}
