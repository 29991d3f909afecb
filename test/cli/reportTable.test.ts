/**
 * The frame the report's item tables share (batches, missed tickets, diversions, pools
 * that also serve): nothing without an item; with items a blank line, the title and the
 * columns lined up by terminal width, Chinese characters taking two columns.
 */
import { describe, expect, it } from 'vitest';
import { interval, itemTable, number, percent } from '../../src/cli/reportTable.ts';
import { displayWidth } from '../../src/cli/textTable.ts';

describe('itemTable', () => {
  it('has no lines at all without an item: no title over an empty table', () => {
    expect(itemTable('过号', ['步骤', '过号'], [], () => ['x', 'y'])).toEqual([]);
  });

  it('writes a blank line, the title, the header and a row an item, in the items’ order', () => {
    const lines = itemTable(
      'Missed calls (per day)',
      ['step', 'missed'],
      [
        { id: 'b', missed: 2 },
        { id: 'a', missed: 11.25 },
      ],
      ({ id, missed }) => [id, number(missed)],
    );
    expect(lines).toEqual([
      '',
      'Missed calls (per day)',
      '  step  missed',
      '  b     2.0',
      '  a     11.3',
    ]);
  });

  it('lines a column up under its Chinese header by display width, not by characters', () => {
    const lines = itemTable('批量处理', ['步骤', '', '件数'], ['b-file', 'x'], (id) => [
      id,
      id === 'x' ? '凭证整理归档' : 'File',
      '336.6',
    ]);
    const [header, ...rows] = lines.slice(2);
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    for (const row of rows) expect(column(row, '336.6')).toBe(column(header!, '件数'));
    // Six Chinese characters are twelve columns: the widest name sets the column.
    expect(column(header!, '件数')).toBe(2 + 'b-file'.length + 2 + 12 + 2);
  });
});

describe('the figures', () => {
  it('write an interval as low–high in the figure’s own format, empty without one', () => {
    expect(interval([1.234, 5.678])).toBe('1.2–5.7');
    expect(interval([0.5, 0.75], percent)).toBe('50.0 %–75.0 %');
    expect(interval(null)).toBe('');
    expect(interval(undefined)).toBe('');
  });

  it('write a figure that is not a number as a dash', () => {
    expect(number(Number.NaN)).toBe('—');
    expect(percent(Number.POSITIVE_INFINITY)).toBe('—');
    expect(number(2.346, 2)).toBe('2.35');
  });
});
