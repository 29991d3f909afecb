/**
 * Reading a branch's logs for calibration: queue-ticket exports and workflow event logs
 * (docs/calibration-logs.md). Pure TypeScript: no DOM, no Node; bytes come in as an
 * async iterable or pushed chunk by chunk, records go out through callbacks.
 */
export { readLog } from './readLog.ts';
export { streamChunks } from './streamChunks.ts';
export type { ByteStreamLike } from './streamChunks.ts';
export type { ReadLogResult, ReadLogSettings } from './readLog.ts';
export { inspectLog } from './inspectLog.ts';
export { MAX_HEADER_ROW } from './headerRow.ts';
export type { LogPreview } from './inspectLog.ts';
export { createLogReader } from './logReader.ts';
export type { LogReader, ReadOptions, RecordHandlers } from './logReader.ts';
export { createCsvRowSplitter } from './csvRows.ts';
export type { CsvRowSplitter } from './csvRows.ts';
export { createByteDecoder, SNIFF_BYTES } from './textDecoding.ts';
export type { ByteDecoder } from './textDecoding.ts';
export { detectEncoding, decoderLabel } from './encoding.ts';
export type { DetectedEncoding } from './encoding.ts';
export { normalizeHeader, suggestMapping, suggestMappingFor } from './headers.ts';
export type { ColumnMapping, HeaderMatch, MappingSuggestion } from './headers.ts';
export { LogMapSchema, logMapOf, parseLogMap, resolveLogMap } from './mapping.ts';
export type { LogMap, MapProblem, MapProblemCode, MapResolution } from './mapping.ts';
export { EVENT_FIELDS, REQUIRED_FIELDS, TICKET_FIELDS, fieldsOf } from './fields.ts';
export type { EventField, LogField, LogKind, TicketField } from './fields.ts';
export { TICKET_OUTCOMES, outcomeTable } from './outcomes.ts';
export type { TicketOutcome } from './outcomes.ts';
export type { ActivityRecord, RecordDay, TicketRecord } from './records.ts';
export { NOTE_CODES, SKIP_CODES } from './rowIssues.ts';
export type { NoteCode, RowIssue, RowIssueCode, SkipCode } from './rowIssues.ts';
export type { LogSummary, ReasonCount } from './summary.ts';
export { describeMapProblem, describeRowIssue } from './describe.ts';
export { MAP_PROBLEM_TEXT, ROW_ISSUE_TEXT } from './issueText.ts';
export type { LogTextLanguage } from './issueText.ts';
export {
  dayNumberOf,
  isoDate,
  isoWeekday,
  parseClock,
  parseExcelSerial,
  parseTimeValue,
} from './timeValues.ts';
export type { DateOrder, TimeValue } from './timeValues.ts';
export { DEFAULT_TIME_ZONE, zoneClock } from './timeZone.ts';
