import { describe, expect, it } from 'vitest';
import {
  logMapOf,
  normalizeHeader,
  resolveLogMap,
  suggestMapping,
  suggestMappingFor,
} from '../../../src/calibrate/logs/index.ts';

describe('header recognition', () => {
  it('maps the usual Chinese queue-ticket headers, with their synonyms', () => {
    const header = [
      '流水号',
      '网点名称',
      '业务种类',
      '取号日期',
      '出票时间',
      '呼叫时间',
      '受理时间',
      '完成时间',
      '柜台号',
      '柜员编号',
      '办理状态',
    ];
    const suggestion = suggestMapping(header);
    expect(suggestion.kind).toBe('queue');
    expect(suggestion.columns).toEqual({
      ticket: 0,
      branch: 1,
      businessType: 2,
      date: 3,
      ticketTime: 4,
      callTime: 5,
      startTime: 6,
      endTime: 7,
      window: 8,
      teller: 9,
      outcome: 10,
    });
    expect(suggestion.missing).toEqual([]);
    expect(suggestion.matches.every((match) => match.how === 'exact')).toBe(true);
  });

  it('maps English queue-ticket headers whatever their case, spaces and underscores', () => {
    const header = [
      'Ticket_No',
      'SERVICE TYPE',
      'Issue-Time',
      'called at',
      'Service Start',
      'Service End',
      'Counter',
      'Teller ID',
      'Status',
      'Remarks',
    ];
    const suggestion = suggestMapping(header);
    expect(suggestion.kind).toBe('queue');
    expect(suggestion.columns).toEqual({
      ticket: 0,
      businessType: 1,
      ticketTime: 2,
      callTime: 3,
      startTime: 4,
      endTime: 5,
      window: 6,
      teller: 7,
      outcome: 8,
    });
    expect(suggestion.unmatched).toEqual([9]);
  });

  it('finds a known spelling inside a longer header and folds full-width forms and notes', () => {
    const header = [
      '客户取号时间（时:分）',
      '叫号时间(HH:MM)',
      'ＴＩＣＫＥＴ　ＮＯ',
      '结束办理时间',
    ];
    const suggestion = suggestMapping(header);
    expect(suggestion.columns.ticketTime).toBe(0);
    expect(suggestion.columns.callTime).toBe(1);
    expect(suggestion.columns.ticket).toBe(2);
    expect(suggestion.columns.endTime).toBe(3);
    expect(suggestion.matches.find((match) => match.column === 0)?.how).toBe('contains');
    expect(normalizeHeader('ＴＩＣＫＥＴ　ＮＯ')).toBe('ticketno');
  });

  it('does not match a short English word inside an unrelated header', () => {
    const suggestion = suggestMappingFor(['vendor', 'Issue time'], 'queue');
    expect(suggestion.columns.endTime).toBeUndefined();
    expect(suggestion.unmatched).toEqual([0]);
  });

  it('recognises an event log, in process-mining (XES) and Chinese spellings', () => {
    const xes = suggestMapping([
      'case:concept:name',
      'concept:name',
      'start_timestamp',
      'time:timestamp',
      'org:resource',
    ]);
    expect(xes.kind).toBe('event');
    expect(xes.columns).toEqual({ caseId: 0, activity: 1, start: 2, complete: 3, resource: 4 });
    const chinese = suggestMapping(['申请编号', '环节', '开始时间', '完成时间', '处理人']);
    expect(chinese.kind).toBe('event');
    expect(chinese.columns).toEqual({ caseId: 0, activity: 1, start: 2, complete: 3, resource: 4 });
  });

  it('names the required fields no column matched', () => {
    const suggestion = suggestMapping(['票号', '业务类型', '备注']);
    expect(suggestion.kind).toBe('queue');
    expect(suggestion.missing).toEqual(['ticketTime']);
  });
});

describe('the map file', () => {
  const header = ['票号', '业务类型', '取号时间', '状态', '状态'];

  it('round-trips a suggestion: columns by header, a repeated header by number', () => {
    const suggestion = suggestMappingFor(header, 'queue');
    const map = logMapOf(suggestion, header, { timeZone: 'Asia/Shanghai' });
    expect(map).toEqual({
      kind: 'queue',
      columns: { ticket: '票号', businessType: '业务类型', ticketTime: '取号时间', outcome: 4 },
      timeZone: 'Asia/Shanghai',
    });
    const resolved = resolveLogMap(map, header);
    expect(resolved).toEqual({ ok: true, mapping: { kind: 'queue', columns: suggestion.columns } });
  });

  it('reports every problem with its JSON path', () => {
    const resolved = resolveLogMap(
      {
        kind: 'queue',
        columns: {
          ticket: '票号',
          tiketTime: '取号时间',
          window: '窗口',
          outcome: 9,
          businessType: '票号',
        },
        timeZone: 'Mars/Olympus',
      },
      header,
    );
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['$.columns.tiketTime', 'unknown-field'],
      ['$.columns.window', 'no-such-column'],
      ['$.columns.outcome', 'no-such-column'],
      ['$.columns.businessType', 'column-twice'],
      ['$.columns', 'missing-required'],
      ['$.timeZone', 'bad-time-zone'],
    ]);
  });
});
