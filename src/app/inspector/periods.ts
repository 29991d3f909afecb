/** Day periods (from, to, a number) as the periods table edits them. */

export interface Period {
  from: string;
  to: string;
  value: number;
}

/** A new row starts where the last one ends. */
export function nextPeriod(periods: readonly Period[]): Period {
  const from = periods.at(-1)?.to ?? '09:00';
  return { from, to: from < '17:00' ? '17:00' : '24:00', value: periods.at(-1)?.value ?? 1 };
}

interface CapacityRow {
  from: string;
  to: string;
  capacity: number;
}

/** A capacity schedule (a pool's, or a pool's on a day type) as the table's rows. */
export function scheduleRows(schedule: readonly CapacityRow[] | undefined): Period[] {
  return (schedule ?? []).map(({ from, to, capacity }) => ({ from, to, value: capacity }));
}

/** The table's rows as a capacity schedule; undefined when there are none (no schedule). */
export function rowsSchedule(periods: readonly Period[]): CapacityRow[] | undefined {
  if (periods.length === 0) return undefined;
  return periods.map(({ from, to, value }) => ({ from, to, capacity: value }));
}
