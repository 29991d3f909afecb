/**
 * Row issues and map problems as sentences, for a reader that shows them (the command
 * line, the app): the catalogue's wording (issueText.ts) with the params turned into
 * text, the codes among them («ticket», «served») put into the language too.
 */
import { DUPLICATE_WHAT, LOG_KIND_TEXT, mapProblemText, rowIssueText } from './issueText.ts';
import type { LogTextLanguage } from './issueText.ts';
import type { MapProblem } from './mapping.ts';
import type { RowIssue } from './rowIssues.ts';

const OUTCOME_TEXT: Record<string, Record<LogTextLanguage, string>> = {
  served: { en: 'served', 'zh-CN': '已办理' },
  abandoned: { en: 'abandoned', 'zh-CN': '过号/放弃' },
  transferred: { en: 'transferred', 'zh-CN': '转移' },
};

export function describeRowIssue(issue: RowIssue, language: LogTextLanguage): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.params)) values[name] = String(value);
  if (issue.code === 'duplicate') {
    const what = DUPLICATE_WHAT[values.what === 'event' ? 'event' : 'ticket'][language];
    values.what = `${what} ${values.key ?? ''}`.trim();
    if (language === 'zh-CN') values.what = `${what}「${values.key ?? ''}」`;
  }
  if (values.outcome !== undefined)
    values.outcome = OUTCOME_TEXT[values.outcome]?.[language] ?? values.outcome;
  return rowIssueText(issue.code, language, values);
}

export function describeMapProblem(problem: MapProblem, language: LogTextLanguage): string {
  const values = { ...problem.params };
  if (values.kind === 'queue' || values.kind === 'event')
    values.kind = LOG_KIND_TEXT[values.kind][language];
  return mapProblemText(problem.code, language, values);
}
