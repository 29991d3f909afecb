/** Reading the report's text in the CLI tests: its sections and where a table's cells start. */
import { expect } from 'vitest';
import { displayWidth } from '../../src/cli/textTable.ts';

/** The terminal columns where each cell of a padded line starts (cells are 2+ spaces apart). */
export function cellStarts(line: string): number[] {
  const starts: number[] = [];
  const pattern = /(?:^ {2}| {2,})(\S)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const at = match.index + match[0].length - 1;
    starts.push(displayWidth(line.slice(0, at)));
  }
  return starts;
}

/** The lines of the section under `heading`, up to the next blank line. */
export function section(report: string, heading: string): string[] {
  const start = report.indexOf(`\n${heading}`);
  expect(start).toBeGreaterThan(-1);
  const end = report.indexOf('\n\n', start + 1);
  return report
    .slice(start + 1, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line !== '');
}
