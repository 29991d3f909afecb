/** Writing rows as CSV lines, quoting a cell only when it must be (RFC 4180). */
export function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}

/** Minutes after midnight as «HH:MM:SS» (hours past 23 kept as they are, «24:05:00»). */
export function clockText(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h, m, s].map((part) => String(part).padStart(2, '0')).join(':');
}

/** A day number (days since 1970-01-01) as «2026-03-02». */
export function dateText(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}
