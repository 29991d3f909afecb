/**
 * Tables for the terminal. Columns line up by what a terminal shows, not by characters:
 * a Chinese character takes two columns, a combining mark none (string-width knows the
 * Unicode East Asian Width table, which a hand-written range list gets wrong at the edges).
 */
import stringWidth from 'string-width';

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** The text followed by spaces up to `width` terminal columns (never cut). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Rows as lines with their columns lined up, two spaces apart, each line indented and
 * without trailing spaces. The first row decides the number of columns.
 */
export function textTable(rows: readonly (readonly string[])[], indent = '  '): string[] {
  if (!rows.length) return [];
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  return rows.map((row) =>
    `${indent}${row.map((cell, i) => padToWidth(cell, widths[i]!)).join('  ')}`.trimEnd(),
  );
}
